// @ts-check
import { compareCommits, resolveRev } from "./commit-graph.js";
import { executeGraphql } from "./graphql.js";
import { storeSource } from "./graphql-store-source.js";
import { pullFiles } from "./pull-files.js";
import { route } from "./router.js";

/**
 * @typedef {import("./memory-store.js").RepoStore} RepoStore
 * @typedef {import("./router.js").RequestContext} RequestContext
 * @typedef {import("./router.js").Reply} Reply
 *
 * @typedef {object} CheckRun
 * @property {number} id
 * @property {string} owner
 * @property {string} repo
 * @property {string} name
 * @property {string} head_sha
 * @property {string} status
 * @property {string | null} conclusion
 * @property {{ title?: string, summary?: string, text?: string }} output
 * @property {object[]} annotations  every annotation sent, across create and updates
 *
 * @typedef {object} Comment
 * @property {number} id
 * @property {string} owner
 * @property {string} repo
 * @property {number} issue
 * @property {string} body
 * @property {{ login: string, type: string }} user
 *
 * @typedef {object} State  what the app wrote: check runs, comments (labels live on the pulls)
 * @property {CheckRun[]} checkRuns
 * @property {Comment[]} comments
 * @property {number} nextId
 */

/** @param {number} status @param {string} message @returns {Reply} */
const error = (status, message) => ({ status, json: { message, documentation_url: "https://docs.github.com/rest" } });

/**
 * Page `items` like GitHub does: `per_page` (≤ 100) and `page`, with a Link header to the next.
 * @param {RequestContext} ctx @param {unknown[]} items @param {string} base
 * @returns {Reply}
 */
function paged(ctx, items, base) {
  const perPage = Math.min(Number(ctx.query.get("per_page") ?? 30), 100);
  const page = Number(ctx.query.get("page") ?? 1);
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const headers = /** @type {Record<string, string>} */ ({});
  if (page * perPage < items.length)
    headers.link = `<${base}${ctx.path}?per_page=${perPage}&page=${page + 1}>; rel="next"`;
  return { status: 200, json: slice, headers };
}

/**
 * The REST routes the app calls, answered from the store and the write state.
 * @param {{ store: RepoStore, state: State, baseUrl: () => string }} deps
 */
export function routes({ store, state, baseUrl }) {
  /** @param {RequestContext} ctx */
  const pullOf = async (ctx) => store.pull(ctx.params.owner, ctx.params.repo, Number(ctx.params.number));
  /** @param {CheckRun} run */
  const checkRunJson = (run) => ({
    id: run.id,
    name: run.name,
    head_sha: run.head_sha,
    status: run.status,
    conclusion: run.conclusion,
    output: { ...run.output, annotations_count: run.annotations.length },
    app: { id: 1, slug: "impactgate" },
  });
  const graphqlSource = storeSource(store, state);
  /** @param {Comment} c */
  const commentJson = (c) => ({ id: c.id, body: c.body, user: c.user });

  return [
    route("POST /app/installations/{id}/access_tokens", (ctx) =>
      /^bearer /i.test(String(ctx.headers.authorization ?? ""))
        ? {
            status: 201,
            json: {
              token: `ghs_fake_${ctx.params.id}`,
              expires_at: new Date(Date.now() + 3600_000).toISOString(),
              permissions: {},
              repository_selection: "all",
            },
          }
        : error(401, "A JSON web token could not be decoded"),
    ),

    route("GET /repos/{owner}/{repo}/contents/{path+}", async (ctx) => {
      const repo = await store.repository(ctx.params.owner, ctx.params.repo);
      if (!repo) return error(404, "Not Found");
      const ref = ctx.query.get("ref") ?? repo.defaultBranch;
      const sha = repo.headOf(ref) ?? ref;
      const text = (await store.tree(ctx.params.owner, ctx.params.repo, sha))?.[ctx.params.path];
      if (text === undefined) return error(404, "Not Found");
      if (String(ctx.headers.accept ?? "").includes("raw"))
        return { status: 200, text, headers: { "content-type": "application/vnd.github.raw; charset=utf-8" } };
      return {
        status: 200,
        json: {
          type: "file",
          encoding: "base64",
          path: ctx.params.path,
          size: Buffer.byteLength(text),
          content: Buffer.from(text).toString("base64"),
        },
      };
    }),

    route("GET /repos/{owner}/{repo}/git/trees/{sha}", async (ctx) => {
      const repo = await store.repository(ctx.params.owner, ctx.params.repo);
      const sha = repo?.headOf(ctx.params.sha) ?? ctx.params.sha;
      const tree = await store.tree(ctx.params.owner, ctx.params.repo, sha);
      if (!tree) return error(404, "Not Found");
      // Always the recursive listing (the app only asks for that); blobs only, like `recursive=1` minus trees.
      const entries = Object.keys(tree)
        .sort()
        .map((path) => ({
          path,
          mode: "100644",
          type: "blob",
          sha: "0".repeat(40),
          size: Buffer.byteLength(tree[path]),
        }));
      return { status: 200, json: { sha, truncated: false, tree: entries } };
    }),

    // `BASE...HEAD` (files against the merge base) or `BASE..HEAD` (files against BASE), as GitHub:
    // status, ahead/behind, the merge base, the ahead commits paged, and at most 300 files (with
    // patches) on the first page only. Histories with no common ancestor are GitHub's 404.
    route("GET /repos/{owner}/{repo}/compare/{basehead}", async (ctx) => {
      const { owner, repo } = ctx.params;
      const m = /^(.+?)(\.\.\.?)(.+)$/.exec(ctx.params.basehead);
      const [base, head] = m
        ? await Promise.all([resolveRev(store, owner, repo, m[1]), resolveRev(store, owner, repo, m[3])])
        : [];
      if (!m || !base || !head) return error(404, "Not Found");
      const lookup = (/** @type {string} */ sha) => store.commit(owner, repo, sha);
      const c = await compareCommits(lookup, base, head);
      if (!c) return error(404, `No common ancestor between ${m[1]} and ${m[3]}.`);
      const perPage = Math.min(Number(ctx.query.get("per_page") ?? 250), 250);
      const page = Number(ctx.query.get("page") ?? 1);
      const from = m[2] === "..." ? c.mergeBase : base;
      const files =
        page === 1
          ? pullFiles((await store.tree(owner, repo, from)) ?? {}, (await store.tree(owner, repo, head)) ?? {})
          : [];
      const commitJson = async (/** @type {string} */ sha) => ({
        sha,
        commit: { message: "", committer: { date: (await lookup(sha))?.committedDate } },
        parents: ((await lookup(sha))?.parents ?? []).map((p) => ({ sha: p })),
      });
      return {
        status: 200,
        json: {
          status: c.status,
          ahead_by: c.aheadBy,
          behind_by: c.behindBy,
          total_commits: c.aheadBy,
          base_commit: await commitJson(base),
          merge_base_commit: await commitJson(c.mergeBase),
          commits: await Promise.all(c.commits.slice((page - 1) * perPage, page * perPage).map(commitJson)),
          files: files.slice(0, 300),
        },
      };
    }),

    route("GET /repos/{owner}/{repo}/pulls/{number}", async (ctx) => {
      const pull = await pullOf(ctx);
      if (!pull) return error(404, "Not Found");
      return {
        status: 200,
        json: {
          ...pull,
          state: "open",
          labels: pull.labels.map((name) => ({ name })),
          user: { login: "octocat", type: "User" },
        },
      };
    }),

    route("GET /repos/{owner}/{repo}/pulls/{number}/files", async (ctx) => {
      const pull = await pullOf(ctx);
      if (!pull) return error(404, "Not Found");
      const { owner, repo } = ctx.params;
      const files = pullFiles(
        (await store.tree(owner, repo, pull.base.sha)) ?? {},
        (await store.tree(owner, repo, pull.head.sha)) ?? {},
      );
      return paged(ctx, files.slice(0, 3000), baseUrl());
    }),

    route("POST /repos/{owner}/{repo}/check-runs", (ctx) => {
      const { name, head_sha, status = "queued", conclusion = null, output = {} } = ctx.body ?? {};
      if (!name || !head_sha) return error(422, "name and head_sha are required");
      const { annotations = [], ...rest } = output;
      if (annotations.length > 50) return error(422, "at most 50 annotations per request");
      /** @type {CheckRun} */
      const run = {
        id: state.nextId++,
        owner: ctx.params.owner,
        repo: ctx.params.repo,
        name,
        head_sha,
        status,
        conclusion,
        output: rest,
        annotations: [...annotations],
      };
      state.checkRuns.push(run);
      return { status: 201, json: checkRunJson(run) };
    }),

    route("PATCH /repos/{owner}/{repo}/check-runs/{id}", (ctx) => {
      const run = state.checkRuns.find((r) => r.id === Number(ctx.params.id));
      if (!run) return error(404, "Not Found");
      const { status, conclusion, output } = ctx.body ?? {};
      if (output) {
        const { annotations = [], ...rest } = output;
        if (annotations.length > 50) return error(422, "at most 50 annotations per request");
        run.output = { ...run.output, ...rest };
        run.annotations.push(...annotations); // GitHub appends annotations, never replaces them
      }
      if (conclusion) Object.assign(run, { conclusion, status: "completed" });
      else if (status) run.status = status;
      return { status: 200, json: checkRunJson(run) };
    }),

    route("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", (ctx) => {
      const name = ctx.query.get("check_name");
      const status = ctx.query.get("status"); // queued | in_progress | completed
      const runs = state.checkRuns
        .filter(
          (r) =>
            r.owner === ctx.params.owner &&
            r.repo === ctx.params.repo &&
            r.head_sha === ctx.params.ref &&
            (!name || r.name === name) &&
            (!status || r.status === status),
        )
        .reverse(); // newest first
      return { status: 200, json: { total_count: runs.length, check_runs: runs.map(checkRunJson) } };
    }),

    route("GET /repos/{owner}/{repo}/issues/{number}/comments", (ctx) => {
      const list = state.comments.filter(
        (c) => c.owner === ctx.params.owner && c.repo === ctx.params.repo && c.issue === Number(ctx.params.number),
      );
      return paged(ctx, list.map(commentJson), baseUrl());
    }),

    route("POST /repos/{owner}/{repo}/issues/{number}/comments", (ctx) => {
      /** @type {Comment} */
      const c = {
        id: state.nextId++,
        owner: ctx.params.owner,
        repo: ctx.params.repo,
        issue: Number(ctx.params.number),
        body: String(ctx.body?.body ?? ""),
        user: { login: ctx.actor, type: "Bot" },
      };
      state.comments.push(c);
      return { status: 201, json: commentJson(c) };
    }),

    route("PATCH /repos/{owner}/{repo}/issues/comments/{id}", (ctx) => {
      const c = state.comments.find((x) => x.id === Number(ctx.params.id));
      if (!c) return error(404, "Not Found");
      c.body = String(ctx.body?.body ?? "");
      return { status: 200, json: commentJson(c) };
    }),

    route("POST /repos/{owner}/{repo}/issues/{number}/labels", async (ctx) => {
      const pull = await pullOf(ctx);
      if (!pull) return error(404, "Not Found");
      for (const name of ctx.body?.labels ?? []) if (!pull.labels.includes(name)) pull.labels.push(name);
      return { status: 200, json: pull.labels.map((name) => ({ name })) };
    }),

    route("DELETE /repos/{owner}/{repo}/issues/{number}/labels/{name}", async (ctx) => {
      const pull = await pullOf(ctx);
      if (!pull || !pull.labels.includes(ctx.params.name)) return error(404, "Label does not exist");
      pull.labels.splice(pull.labels.indexOf(ctx.params.name), 1);
      return { status: 200, json: pull.labels.map((name) => ({ name })) };
    }),

    // GitHub's own schema executes the query (graphql.js); like GitHub, query errors are 200s.
    route("POST /graphql", async (ctx) => {
      if (typeof ctx.body !== "object" || ctx.body === null)
        return {
          status: 400,
          json: { message: "Problems parsing JSON", documentation_url: "https://docs.github.com/graphql" },
        };
      const { query, variables, operationName } = ctx.body;
      if (typeof query !== "string")
        return {
          status: 400,
          json: {
            message: "A query attribute must be specified and must be a string.",
            documentation_url: "https://docs.github.com/graphql",
          },
        };
      if (variables != null && (typeof variables !== "object" || Array.isArray(variables)))
        return {
          status: 400,
          json: { message: "Variables must be an object.", documentation_url: "https://docs.github.com/graphql" },
        };
      return {
        status: 200,
        json: await executeGraphql(graphqlSource, { query, variables, operationName }, { viewerLogin: ctx.actor }),
      };
    }),
  ];
}
