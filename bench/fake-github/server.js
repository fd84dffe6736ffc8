// @ts-check
import { createServer } from "node:http";
import { githubSchema } from "./graphql.js";
import { match } from "./router.js";
import { routes } from "./routes.js";

/**
 * @typedef {object} RecordedRequest
 * @property {string} method
 * @property {string} route  the matched template, e.g. "POST /repos/{owner}/{repo}/check-runs"; "unmatched" otherwise
 * @property {string} path  without the /api/v3 prefix
 * @property {string} url  as requested, prefix and query included
 * @property {any} body
 * @property {number} status
 * @property {number} at  epoch ms when answered
 *
 * @typedef {object} FakeGitHub
 * @property {number} port
 * @property {string} host  `127.0.0.1:<port>`, what GHE_HOST wants
 * @property {string} baseUrl  `http://127.0.0.1:<port>/api/v3`
 * @property {RecordedRequest[]} requests  every request, in order
 * @property {import("./routes.js").State} state  check runs and comments the app wrote
 * @property {() => Promise<void>} close
 *
 * @typedef {object} FaultReply  an answer a test gives instead of the fake's (GitHub's 502, a rate limit)
 * @property {number} status
 * @property {any} [json]
 * @property {Record<string, string>} [headers]
 *
 * @typedef {(request: { method: string, path: string, body: any }) => FaultReply | undefined} Fault
 *
 * @typedef {object} TokenGrant  what a token may do, as GitHub decides for an Actions GITHUB_TOKEN
 * @property {"read" | "write"} permission  `read`: every write is refused with GitHub's 403 (a fork's pull request)
 * @property {string} login  who the token acts as: author of its comments, GraphQL's viewer
 */

/**
 * A GitHub-compatible REST API on loopback, served like GitHub Enterprise Server (`/api/v3`,
 * `/api/graphql`; also at the root like api.github.com), backed by a RepoStore.
 * Tokens not in `tokens` (an app's installation tokens) act as `impactgate[bot]` with write access.
 * `fault` answers the requests it returns a reply for, before any route (recorded like the rest).
 * @param {{ store: import("./memory-store.js").RepoStore, port?: number, latencyMs?: number, tokens?: Record<string, TokenGrant>, fault?: Fault }} options
 * @returns {Promise<FakeGitHub>}
 */
export async function startFakeGitHub({ store, port = 0, latencyMs = 0, tokens = {}, fault }) {
  /** @type {import("./routes.js").State} */
  const state = { checkRuns: [], comments: [], nextId: 1000 };
  /** @type {RecordedRequest[]} */
  const requests = [];
  let baseUrl = "";
  const table = routes({ store, state, baseUrl: () => baseUrl });

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://fake");
    const path = url.pathname === "/api/graphql" ? "/graphql" : url.pathname.replace(/^\/api\/v3(?=\/)/, "");
    const raw = await readBody(req);
    let body;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const found = match(table, req.method ?? "GET", path);
    if (latencyMs) await new Promise((r) => setTimeout(r, latencyMs));
    const grant = tokens[String(req.headers.authorization ?? "").replace(/^(token|bearer) /i, "")];
    const actor = grant ?? { permission: "write", login: "impactgate[bot]" };
    // GitHub's answer to a write with a read-only token (GraphQL queries are reads)
    const refused = actor.permission === "read" && req.method !== "GET" && path !== "/graphql";
    let reply = fault?.({ method: req.method ?? "GET", path, body });
    try {
      reply ??= refused
        ? {
            status: 403,
            json: {
              message: "Resource not accessible by integration",
              documentation_url: "https://docs.github.com/rest",
            },
          }
        : found
          ? await found.route.handler({
              method: req.method ?? "GET",
              path,
              query: url.searchParams,
              params: found.params,
              headers: req.headers,
              body,
              actor: actor.login,
            })
          : { status: 404, json: { message: `Not Found (the fake does not serve ${req.method} ${path})` } };
    } catch (err) {
      reply = { status: 500, json: { message: String(err) } };
    }
    requests.push({
      method: req.method ?? "GET",
      route: found?.route.route ?? "unmatched",
      path,
      url: req.url ?? "/",
      body,
      status: reply.status,
      at: Date.now(),
    });
    const headers = { ...(reply.headers ?? {}) };
    if (reply.text !== undefined) {
      headers["content-type"] ??= "text/plain; charset=utf-8";
      res.writeHead(reply.status, headers).end(reply.text);
    } else {
      res
        .writeHead(reply.status, { "content-type": "application/json; charset=utf-8", ...headers })
        .end(JSON.stringify(reply.json ?? {}));
    }
  });

  await new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(undefined)));
  // Build GitHub's schema now (~0.5 s, once per process) so the first review's GraphQL request
  // does not carry the fake's start-up cost into a latency figure.
  githubSchema().catch(() => undefined);
  const actual = /** @type {import("node:net").AddressInfo} */ (server.address()).port;
  baseUrl = `http://127.0.0.1:${actual}/api/v3`;
  return {
    port: actual,
    host: `127.0.0.1:${actual}`,
    baseUrl,
    requests,
    state,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/** @param {import("node:http").IncomingMessage} req @returns {Promise<string>} */
function readBody(req) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
