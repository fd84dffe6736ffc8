import nock from "nock";
import { executeGraphql } from "../../../bench/fake-github/graphql.js";
import { graphqlState } from "./graphql-state.js";

export const API = "https://api.github.com";
export const REPO = "/repos/Codertocat/Hello-World";

/** Which github() answers the one persistent GraphQL interceptor. */
const graphqlOf: { current?: (body: { query: string; variables: Record<string, unknown> }) => Promise<unknown> } = {};

/** Bodies the app wrote, in order, by a short route name. */
export interface Written {
  route: string;
  body: any;
}

/** nock interceptors for the routes the app calls; every write is recorded in `written`. */
export function github() {
  const written: Written[] = [];
  const api = nock(API);
  // Recorded when the interceptor replies: nock also runs body matchers on requests it then rejects.
  // nock 15 hands a reply function the fetch Request.
  const record = (route: string, reply: unknown) => async (req: Request) => {
    const text = await req.text();
    written.push({ route, body: text ? JSON.parse(text) : undefined });
    return reply as nock.Body;
  };
  // What GitHub holds, for the review's GraphQL query: answered by GitHub's real schema
  // (bench/fake-github/graphql.js) from the facts the test declares below, however many queries.
  const state = graphqlState();
  const queries: { query: string; variables: Record<string, unknown> }[] = [];
  let served = false;
  // Every request the app sent, in order, as `METHOD path` (GraphQL included, token included).
  const requests: string[] = [];
  api.on("request", (req: { method?: string; path?: string; url?: string }) => {
    const url = req.url ? new URL(req.url) : undefined; // nock 15 hands over a fetch Request
    requests.push(`${req.method} ${req.path ?? `${url?.pathname}${url?.search}`}`);
  });
  const answer = async (body: { query: string; variables: Record<string, unknown> }) => {
    requests.push("POST /graphql");
    queries.push(body);
    return executeGraphql(state.source, body);
  };
  const serveGraphql = () => {
    if (served) return;
    served = true;
    graphqlOf.current = answer; // the newest github() of a test is the GitHub its app talks to
    if (nock.activeMocks().some((m) => m.endsWith("/graphql"))) return;
    nock(API)
      .persist()
      .post("/graphql")
      .reply(200, async (req: Request) => (await graphqlOf.current!(JSON.parse(await req.text()))) as nock.Body);
  };
  return {
    written,
    api,
    /** The GraphQL requests the app sent, in order. */
    queries,
    /** Every request the app sent to this GitHub, in order (`METHOD path`). */
    requests,
    /** Every file version the app read by GraphQL, as `<ref>:<path>` expressions. */
    blobsRead: () =>
      queries.flatMap((q) =>
        Object.entries(q.variables ?? {})
          .filter(([k]) => /^e\d+$/.test(k))
          .map(([, v]) => v as string),
      ),
    /** Bodies written to one route. */
    bodies: (route: string) => written.filter((w) => w.route === route).map((w) => w.body),
    token(installationId = 1) {
      api.post(`/app/installations/${installationId}/access_tokens`).reply(201, {
        token: "ghs_test",
        expires_at: "2099-01-01T00:00:00Z",
        permissions: {},
        repository_selection: "all",
      });
    },
    /**
     * `.github/impactgate.yml` on the default branch. null: the repository has none, and Probot
     * then looks in the owner's `.github` repository (org-wide defaults), which has none either.
     */
    /** `.github/impactgate.yml` over REST, as Probot's `context.config()` reads it (commands, acks). */
    restConfig(yaml: string | null) {
      const i = api.get(`${REPO}/contents/.github%2Fimpactgate.yml`);
      if (yaml !== null)
        return void i.reply(200, yaml, { "content-type": "application/vnd.github.raw; charset=utf-8" });
      i.reply(404, { message: "Not Found" });
      api.get("/repos/Codertocat/.github/contents/.github%2Fimpactgate.yml").reply(404, { message: "Not Found" });
    },
    /** The config the review query reads: the repository's own (null: none) and the organisation's `.github` one. */
    config(yaml: string | null, org: string | null = null) {
      serveGraphql();
      state.setConfig(yaml, org);
    },
    /** The check runs on a head (REST's shape, newest first), read by the review query. */
    checkRuns(headSha: string, runs: object[] = []) {
      serveGraphql();
      state.setCheckRuns(headSha, runs);
    },
    /** The check runs on a head over REST (`checks.listForRef`): a failure before the review query looks this way. */
    restCheckRuns(headSha: string, runs: object[] = []) {
      api
        .get(`${REPO}/commits/${headSha}/check-runs`)
        .query({ check_name: "impactgate", filter: "latest", per_page: "100" })
        .reply(200, { total_count: runs.length, check_runs: runs });
    },
    files(files: object[], number = 2) {
      api.get(`${REPO}/pulls/${number}/files`).query({ per_page: "100" }).reply(200, files);
    },
    pull(pull: object, number = 2) {
      api.get(`${REPO}/pulls/${number}`).reply(200, pull);
    },
    /** One file version at a commit, read by GraphQL (`object(expression: "<ref>:<path>")`). */
    content(path: string, ref: string, text: string) {
      serveGraphql();
      state.facts.files[`${ref}:${path}`] = text;
    },
    /** One file version, raw, over REST (what GraphQL truncates; other repositories' files). */
    restContent(path: string, ref: string, text: string) {
      api
        .get(`${REPO}/contents/${encodeURIComponent(path)}`)
        .query({ ref })
        .reply(200, text, { "content-type": "application/vnd.github.raw; charset=utf-8" });
    },
    /** The base tree, read once by the packages detector's workspace source. */
    tree(sha: string, paths: string[] = ["README.md", "include/point.h"]) {
      api
        .get(`${REPO}/git/trees/${sha}`)
        .query({ recursive: "1" })
        .reply(200, {
          sha,
          truncated: false,
          tree: paths.map((path) => ({ path, type: "blob", mode: "100644", sha: "0".repeat(40) })),
        });
    },
    createCheckRun(id = 42) {
      api.post(`${REPO}/check-runs`).reply(201, record("check-runs.create", { id }));
    },
    updateCheckRun(id = 42, times = 1) {
      api.patch(`${REPO}/check-runs/${id}`).times(times).reply(200, record("check-runs.update", { id }));
    },
    /** The pull request's comments (REST's shape), read by the review query. */
    comments(pages: object[][]) {
      serveGraphql();
      state.setComments(pages.flat());
    },
    /** Comment pages over REST: each entry is one page; pages link to the next like GitHub's Link header. */
    restComments(pages: object[][], number = 2) {
      pages.forEach((page, i) => {
        const q = i === 0 ? { per_page: "100" } : { per_page: "100", page: String(i + 1) };
        const link =
          i < pages.length - 1
            ? { link: `<${API}${REPO}/issues/${number}/comments?per_page=100&page=${i + 2}>; rel="next"` }
            : undefined;
        api.get(`${REPO}/issues/${number}/comments`).query(q).reply(200, page, link);
      });
    },
    /** The sticky comment created (id 7); later review queries see it, as on GitHub. */
    createComment(number = 2) {
      api.post(`${REPO}/issues/${number}/comments`).reply(201, async (req: Request) => {
        const body = JSON.parse(await req.text());
        written.push({ route: "comments.create", body });
        state.setComments([
          ...state.facts.comments,
          { id: 7, body: body.body, user: { login: "impactgate[bot]", type: "Bot" } },
        ]);
        return { id: 7 };
      });
    },
    /** A comment edited; later review queries see the new body, as on GitHub. */
    updateComment(id: number) {
      api.patch(`${REPO}/issues/comments/${id}`).reply(200, async (req: Request) => {
        const body = JSON.parse(await req.text());
        written.push({ route: "comments.update", body });
        state.setComments(state.facts.comments.map((c) => (c.id === id ? { ...c, body: body.body } : c)));
        return { id };
      });
    },
    requestReviewers(number = 2) {
      api.post(`${REPO}/pulls/${number}/requested_reviewers`).reply(201, record("reviewers.request", { number }));
    },
    addLabels(number = 2) {
      api.post(`${REPO}/issues/${number}/labels`).reply(200, record("labels.add", []));
    },
    removeLabel(name: string, number = 2) {
      api.delete(`${REPO}/issues/${number}/labels/${encodeURIComponent(name)}`).reply(200, async () => {
        written.push({ route: "labels.remove", body: name });
        return [];
      });
    },
  };
}

/** A comment as `issues.listComments` lists it. */
export function comment(id: number, body: string, type: "Bot" | "User" = "User") {
  return { id, body, user: { login: type === "Bot" ? "impactgate[bot]" : "octocat", type } };
}
