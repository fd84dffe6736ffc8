import { generateKeyPairSync } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import Bottleneck from "bottleneck";
import { Redis } from "ioredis";
import nock from "nock";
import { pino } from "pino";
import { Probot } from "probot";
import { createRequestPacer, pacedProbotOctokit, requestKind } from "../../src/app/request-pacing.js";
import { startRedis } from "../helpers/redis.js";
import type { TestRedis } from "../helpers/redis.js";
import { API, REPO } from "./helpers/github.js";
import { useNock } from "./helpers/use-nock.js";

const { privateKey } = generateKeyPairSync("rsa", {
  modulusLength: 2048,
  privateKeyEncoding: { type: "pkcs1", format: "pem" },
  publicKeyEncoding: { type: "spki", format: "pem" },
});
const log = pino({ level: "silent" });
const QUERY = "query ($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { id } }";

/**
 * Probot as the app runs it (app-server.ts): throttle on with Probot's own options, retry off so
 * a failed request reaches the caller once.
 */
async function installationClient(installationId = 1) {
  const Octokit = pacedProbotOctokit(createRequestPacer()).defaults(
    (o: Record<string, unknown>) => ({ ...o, retry: { enabled: false } }) as never,
  ) as ReturnType<typeof pacedProbotOctokit>;
  const probot = new Probot({ appId: 123, privateKey, log, Octokit });
  nock(API)
    .post(`/app/installations/${installationId}/access_tokens`)
    .reply(201, { token: "ghs_test", expires_at: "2099-01-01T00:00:00Z", permissions: {} });
  const octokit = await probot.auth(installationId);
  // A job's first request is a read: the token is fetched (and signed for) before any write.
  nock(API).get(REPO).reply(200, { id: 1 });
  await octokit.rest.repos.get({ owner: "Codertocat", repo: "Hello-World" });
  return octokit;
}

/** When each request reached GitHub, as `METHOD path` → ms since `t0`. */
function arrivals(t0: number) {
  const seen: { name: string; at: number }[] = [];
  const api = nock(API);
  api.on("request", (req: Request) => {
    const { pathname } = new URL(req.url);
    if (!pathname.endsWith("/access_tokens")) seen.push({ name: `${req.method} ${pathname}`, at: Date.now() - t0 });
  });
  return { api, seen };
}

useNock();

describe("request pacing: writes one second apart, GraphQL queries beside them", () => {
  it("classifies REST writes, check runs, GraphQL queries and mutations (api.github.com and GHES URLs)", () => {
    expect(requestKind({ method: "POST", url: "/repos/{owner}/{repo}/check-runs" })).toBe("verdict");
    expect(requestKind({ method: "PATCH", url: "/repos/{owner}/{repo}/check-runs/{check_run_id}" })).toBe("verdict");
    expect(requestKind({ method: "POST", url: "/repos/{owner}/{repo}/issues/{issue_number}/comments" })).toBe("write");
    expect(requestKind({ method: "DELETE", url: "/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}" })).toBe(
      "write",
    );
    expect(requestKind({ method: "PUT", url: "/repos/{owner}/{repo}/pulls/{pull_number}/merge" })).toBe("write");
    expect(requestKind({ method: "GET", url: "/repos/{owner}/{repo}/pulls/{pull_number}/files" })).toBeUndefined();
    expect(requestKind({ method: "POST", url: "/app/installations/{installation_id}/access_tokens" })).toBeUndefined();
    expect(requestKind({ method: "POST", url: "/graphql", query: QUERY })).toBe("query");
    expect(requestKind({ method: "POST", url: "http://ghe.example:8080/api/graphql", query: QUERY })).toBe("query");
    expect(requestKind({ method: "POST", url: "/graphql", query: "{ viewer { login } }" })).toBe("query");
    const mutation = "mutation { addComment(input: {subjectId: $id, body: $b}) { clientMutationId } }";
    expect(requestKind({ method: "POST", url: "/graphql", query: mutation })).toBe("write");
    expect(requestKind({ method: "POST", url: "https://ghe.example/api/graphql", query: mutation })).toBe("write");
    expect(requestKind({ method: "POST", url: "/graphql" })).toBe("write"); // no text to tell: the safe side
  });

  it("keeps an installation's writes ≥ 1 s apart, verdicts first; a query does not wait behind them", async () => {
    const octokit = await installationClient();
    const t0 = Date.now();
    const { api, seen } = arrivals(t0);
    api.post(`${REPO}/issues/2/comments`).reply(201, { id: 1 });
    api.post(`${REPO}/issues/2/labels`).reply(200, []);
    api.post(`${REPO}/issues/3/comments`).reply(201, { id: 2 });
    api.post(`${REPO}/check-runs`).reply(201, { id: 3 });
    api.post("/graphql").reply(200, { data: { repository: { id: "R_1" } } });
    const owner = "Codertocat";
    const repo = "Hello-World";
    const writes = [
      octokit.rest.issues.createComment({ owner, repo, issue_number: 2, body: "a" }),
      octokit.rest.issues.addLabels({ owner, repo, issue_number: 2, labels: ["abi-break"] }),
      octokit.rest.issues.createComment({ owner, repo, issue_number: 3, body: "b" }),
      octokit.rest.checks.create({ owner, repo, name: "impactgate", head_sha: "3".repeat(40) }),
    ];
    // Sent after four writes were queued, answered before the second of them was released.
    const query = octokit.graphql(QUERY, { owner, name: repo });
    await Promise.all([...writes, query]);

    const names = seen.map((s) => s.name);
    expect(names.filter((n) => n !== "POST /graphql")).toEqual([
      `POST ${REPO}/issues/2/comments`, // already released when the others arrived
      `POST ${REPO}/check-runs`, // the verdict goes before comments and labels queued earlier
      `POST ${REPO}/issues/2/labels`,
      `POST ${REPO}/issues/3/comments`,
    ]);
    expect(names.indexOf("POST /graphql")).toBeLessThan(2);
    // Released a second apart (the spacing itself is measured at the pacer below: arrival times
    // also carry this host's scheduling noise), so the fourth cannot have gone out before 3 s.
    expect(seen.at(-1)!.at).toBeGreaterThanOrEqual(2995);
  }, 15_000);

  it("releases an installation's writes ≥ 1 s apart and other installations' beside them", async () => {
    const pacer = createRequestPacer();
    const sentAt: Record<string, number[]> = { "1": [], "2": [] };
    const send = (installation: string) => async () => void sentAt[installation]!.push(Date.now());
    await Promise.all([
      ...[1, 2, 3].map(() => pacer.pace("1", "write", send("1"))),
      pacer.pace("1", "verdict", send("1")),
      pacer.pace("2", "write", send("2")),
    ]);
    const gaps = sentAt["1"]!.slice(1).map((t, i) => t - sentAt["1"]![i]!);
    expect(gaps).toHaveLength(3);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(995); // GitHub's ask; Date.now() granularity
    expect(sentAt["2"]![0]!).toBeLessThan(sentAt["1"]![1]!); // its own lane: not behind installation 1's
  }, 15_000);

  it("after a secondary-limit answer with retry-after, the installation's next write and query wait for it", async () => {
    const octokit = await installationClient(7);
    const t0 = Date.now();
    const { api, seen } = arrivals(t0);
    api
      .post("/graphql")
      .reply(
        403,
        { message: "You have exceeded a secondary rate limit." },
        { "retry-after": "2", "content-type": "application/json" },
      );
    api.post("/graphql").reply(200, { data: { repository: { id: "R_1" } } });
    api.post(`${REPO}/issues/2/comments`).reply(201, { id: 1 });
    await expect(octokit.graphql(QUERY, { owner: "Codertocat", name: "Hello-World" })).rejects.toMatchObject({
      status: 403,
    });
    const answered = Date.now() - t0;
    await Promise.all([
      octokit.graphql(QUERY, { owner: "Codertocat", name: "Hello-World" }),
      octokit.rest.issues.createComment({ owner: "Codertocat", repo: "Hello-World", issue_number: 2, body: "a" }),
    ]);
    const later = seen.slice(1).map((s) => s.at - answered);
    expect(later).toHaveLength(2);
    expect(Math.min(...later)).toBeGreaterThanOrEqual(1995); // retry-after: 2 (seconds)
  }, 15_000);

  it("leaves clients with the throttle switched off unpaced", async () => {
    const Octokit = pacedProbotOctokit(createRequestPacer({ writeGapMs: 60_000 })).defaults(
      (o: Record<string, unknown> & { throttle?: object }) =>
        ({ ...o, retry: { enabled: false }, throttle: { ...o?.throttle, enabled: false } }) as never,
    ) as ReturnType<typeof pacedProbotOctokit>;
    const probot = new Probot({ appId: 123, privateKey, log, Octokit });
    nock(API).post("/app/installations/1/access_tokens").reply(201, { token: "t", expires_at: "2099-01-01T00:00:00Z" });
    const octokit = await probot.auth(1);
    nock(API).post(`${REPO}/issues/2/comments`).times(2).reply(201, { id: 1 });
    const both = Promise.all(
      [1, 2].map(() =>
        octokit.rest.issues.createComment({ owner: "Codertocat", repo: "Hello-World", issue_number: 2, body: "a" }),
      ),
    );
    // A 60 s gap would hold the second far beyond the test's timeout.
    await expect(both).resolves.toHaveLength(2);
  });
});

describe("request pacing across processes (REDIS_URL)", () => {
  let server: TestRedis | null;
  const clients: Redis[] = [];
  const pacers: ReturnType<typeof createRequestPacer>[] = [];
  beforeAll(async () => void (server = await startRedis()));
  afterAll(async () => {
    for (const p of pacers) await p.disconnect();
    for (const c of clients) c.disconnect();
    await server?.stop();
  });

  /** What Probot's throttle options carry in one process with REDIS_URL: Bottleneck and its own connection. */
  function processThrottle() {
    const client = new Redis(server!.url);
    clients.push(client);
    return { Bottleneck, connection: new Bottleneck.IORedisConnection({ client }), id: "42" };
  }

  it("spaces one installation's writes ≥ 1 s apart across two processes' pacers sharing Redis", async () => {
    if (!server) return void console.warn("no redis-server: cross-process pacing not tested");
    // Two processes: two pacers, two Redis connections, writes of installation 42 at the same moment.
    pacers.push(createRequestPacer(), createRequestPacer());
    const processes = pacers.map((pacer) => ({
      pacer,
      throttle: processThrottle(),
    }));
    const sentAt: number[] = [];
    const send = async () => void sentAt.push(Date.now());
    // One write first makes each process's lanes (in Redis); then three more from each at once.
    await Promise.all(processes.map((p) => p.pacer.pace(`${process.pid}-42`, "write", send, p.throttle)));
    await Promise.all(
      processes.flatMap((p) => [1, 2, 3].map(() => p.pacer.pace(`${process.pid}-42`, "write", send, p.throttle))),
    );
    expect(sentAt).toHaveLength(8);
    const sorted = [...sentAt].sort((a, b) => a - b);
    const gaps = sorted.slice(1).map((t, i) => t - sorted[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1000);
  }, 30_000);

  it("keeps the gap when a process sends its write late (busy between its slot and the request)", async () => {
    if (!server) return void console.warn("no redis-server: cross-process pacing not tested");
    pacers.push(createRequestPacer(), createRequestPacer());
    const processes = pacers.slice(-2).map((pacer) => ({ pacer, throttle: processThrottle() }));
    const sentAt: number[] = [];
    // Every other write goes out 300 ms after its slot: its process had no CPU until then.
    let calls = 0;
    const send = async () => {
      if (calls++ % 2 === 0) {
        const until = Date.now() + 300;
        while (Date.now() < until);
      }
      sentAt.push(Date.now());
    };
    await Promise.all(
      processes.flatMap((p) => [1, 2, 3].map(() => p.pacer.pace(`${process.pid}-43`, "write", send, p.throttle))),
    );
    expect(sentAt).toHaveLength(6);
    const sorted = [...sentAt].sort((a, b) => a - b);
    const gaps = sorted.slice(1).map((t, i) => t - sorted[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1000);
  }, 30_000);
});
