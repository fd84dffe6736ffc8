import nock from "nock";

export const API = "https://api.github.com";
export const REPO = "/repos/Codertocat/Hello-World";

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
  return {
    written,
    api,
    /** Bodies written to one route. */
    bodies: (route: string) => written.filter((w) => w.route === route).map((w) => w.body),
    token(installationId = 1) {
      api.post(`/app/installations/${installationId}/access_tokens`).reply(201, { token: "ghs_test", expires_at: "2099-01-01T00:00:00Z", permissions: {}, repository_selection: "all" });
    },
    /**
     * `.github/impactgate.yml` on the default branch. null: the repository has none, and Probot
     * then looks in the owner's `.github` repository (org-wide defaults), which has none either.
     */
    config(yaml: string | null) {
      const i = api.get(`${REPO}/contents/.github%2Fimpactgate.yml`);
      if (yaml !== null) return void i.reply(200, yaml, { "content-type": "application/vnd.github.raw; charset=utf-8" });
      i.reply(404, { message: "Not Found" });
      api.get("/repos/Codertocat/.github/contents/.github%2Fimpactgate.yml").reply(404, { message: "Not Found" });
    },
    checkRuns(headSha: string, runs: object[] = []) {
      api.get(`${REPO}/commits/${headSha}/check-runs`).query({ check_name: "impactgate", filter: "latest", per_page: "100" }).reply(200, { total_count: runs.length, check_runs: runs });
    },
    files(files: object[], number = 2) {
      api.get(`${REPO}/pulls/${number}/files`).query({ per_page: "100" }).reply(200, files);
    },
    pull(pull: object, number = 2) {
      api.get(`${REPO}/pulls/${number}`).reply(200, pull);
    },
    /** One file version, raw, at a commit. */
    content(path: string, ref: string, text: string) {
      api.get(`${REPO}/contents/${encodeURIComponent(path)}`).query({ ref }).reply(200, text, { "content-type": "application/vnd.github.raw; charset=utf-8" });
    },
    /** The base tree, read once by the packages detector's workspace source. */
    tree(sha: string, paths: string[] = ["README.md", "include/point.h"]) {
      api.get(`${REPO}/git/trees/${sha}`).query({ recursive: "1" }).reply(200, { sha, truncated: false, tree: paths.map((path) => ({ path, type: "blob", mode: "100644", sha: "0".repeat(40) })) });
    },
    createCheckRun(id = 42) {
      api.post(`${REPO}/check-runs`).reply(201, record("check-runs.create", { id }));
    },
    updateCheckRun(id = 42, times = 1) {
      api.patch(`${REPO}/check-runs/${id}`).times(times).reply(200, record("check-runs.update", { id }));
    },
    /** Comment pages: each entry is one page; pages link to the next like GitHub's Link header. */
    comments(pages: object[][], number = 2) {
      pages.forEach((page, i) => {
        const q = i === 0 ? { per_page: "100" } : { per_page: "100", page: String(i + 1) };
        const link = i < pages.length - 1 ? { link: `<${API}${REPO}/issues/${number}/comments?per_page=100&page=${i + 2}>; rel="next"` } : undefined;
        api.get(`${REPO}/issues/${number}/comments`).query(q).reply(200, page, link);
      });
    },
    createComment(number = 2) {
      api.post(`${REPO}/issues/${number}/comments`).reply(201, record("comments.create", { id: 7 }));
    },
    updateComment(id: number) {
      api.patch(`${REPO}/issues/comments/${id}`).reply(200, record("comments.update", { id }));
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
