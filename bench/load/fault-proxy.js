// @ts-check
import { createServer, request } from "node:http";

/**
 * A loopback proxy in front of the fake GitHub that injects what GitHub does on a bad day: 5xx,
 * 429 and secondary rate limits (with retry-after) and slow answers. Token requests pass through
 * untouched so the faults hit the review's own calls.
 * GraphQL is forwarded to the fake like everything else (it executes GitHub's schema); the calls
 * that get through are timed in `graphqlCalls`. `store` only backs the listings below.
 * @param {{ target: { host: string, port: number }, store: import("../fake-github/memory-store.js").RepoStore, rates?: { e5xx?: number, e429?: number, secondary?: number, slow?: number }, slowMs?: number, retryAfterS?: number, seed?: number }} options
 */
export async function startFaultProxy({ target, store, rates = {}, slowMs = 2000, retryAfterS = 1, seed = 42 }) {
  let state = seed;
  // Deterministic: the same run injects the same faults.
  const random = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const injected = { e5xx: 0, e429: 0, secondary: 0, slow: 0 };
  /** @type {number[]} */
  const graphqlCalls = [];
  const server = createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", async () => {
      const body = Buffer.concat(chunks);
      if (!/access_tokens$/.test(req.url ?? "")) {
        const r = random();
        let edge = rates.e5xx ?? 0;
        if (r < edge)
          return (
            injected.e5xx++,
            res.writeHead(502, { "content-type": "application/json" }).end('{"message":"Bad Gateway"}')
          );
        if (r < (edge += rates.e429 ?? 0))
          return (
            injected.e429++,
            res
              .writeHead(429, { "content-type": "application/json", "retry-after": String(retryAfterS) })
              .end('{"message":"Too Many Requests"}')
          );
        if (r < (edge += rates.secondary ?? 0)) {
          injected.secondary++;
          return res
            .writeHead(403, { "content-type": "application/json", "retry-after": String(retryAfterS) })
            .end(
              '{"message":"You have exceeded a secondary rate limit. Please wait a few minutes before you try again."}',
            );
        }
        if (r < edge + (rates.slow ?? 0)) {
          injected.slow++;
          await new Promise((ok) => setTimeout(ok, slowMs));
        }
      }
      const listing =
        store.list && req.method === "GET" ? listingReply(store, new URL(req.url ?? "/", "http://x")) : undefined;
      if (listing) return res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(listing));
      if (req.method === "POST" && /\/graphql$/.test(req.url ?? "")) graphqlCalls.push(Date.now());
      const up = request(
        { host: target.host, port: target.port, method: req.method, path: req.url, headers: req.headers },
        (upRes) => {
          res.writeHead(upRes.statusCode ?? 502, upRes.headers);
          upRes.pipe(res);
        },
      );
      up.on("error", () => res.writeHead(502).end());
      up.end(body);
    });
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(undefined)));
  const port = /** @type {import("node:net").AddressInfo} */ (server.address()).port;
  return {
    host: `127.0.0.1:${port}`,
    injected,
    graphqlCalls,
    close: () => new Promise((ok) => (server.closeAllConnections?.(), server.close(() => ok(undefined)))),
  };
}

/**
 * What the reconciler lists and the fake does not serve yet: installations, an installation's
 * repositories, a repository's open pull requests (one page; the bench never has 100).
 * @param {any} store @param {URL} url
 */
function listingReply(store, url) {
  const path = url.pathname.replace(/^\/api\/v3(?=\/)/, "");
  if (path === "/app/installations") return [{ id: 1, account: { login: "bench" }, suspended_at: null }];
  const repos = store.list();
  if (path === "/installation/repositories") {
    return {
      total_count: repos.length,
      repositories: repos.map((r) => ({
        name: r.name,
        full_name: `${r.owner}/${r.name}`,
        owner: { login: r.owner },
        archived: false,
      })),
    };
  }
  const m = /^\/repos\/([^/]+)\/([^/]+)\/pulls$/.exec(path);
  if (!m) return undefined;
  const repo = repos.find((r) => r.owner === m[1] && r.name === m[2]);
  const now = new Date().toISOString();
  return (repo?.pulls ?? []).map((p) => ({
    number: p.number,
    title: p.title,
    body: p.body,
    state: "open",
    updated_at: now,
    labels: p.labels.map((name) => ({ name })),
    head: p.head,
    base: p.base,
  }));
}
