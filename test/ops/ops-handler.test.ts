import { createServer } from "node:http";
import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import nock from "nock";
import { ProbotOctokit } from "probot";
import { createMetrics } from "../../src/app/ops/metrics.js";
import { instrumentOctokit } from "../../src/app/ops/instrument-octokit.js";
import { opsHandler } from "../../src/app/ops/ops-handler.js";

const metrics = createMetrics();
let redisUp = true;
let server: Server;
let base: string;

beforeAll(async () => {
  nock.enableNetConnect("127.0.0.1");
  const handler = opsHandler({
    metrics,
    readiness: [
      {
        name: "redis",
        check: async () => void (redisUp || (await Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:6379")))),
      },
    ],
  });
  metrics.watchQueue(async () => ({ waiting: 3, active: 1, delayed: 0, oldestAgeMs: 4500 }));
  server = createServer(async (req, res) => {
    if (!(await handler(req, res))) res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("ops endpoints", () => {
  it("/healthz answers while the process lives", async () => {
    const res = await fetch(`${base}/healthz`);
    expect([res.status, await res.text()]).toEqual([200, "ok\n"]);
  });

  it("/readyz is 200 with Redis reachable and 503 naming Redis when it is not", async () => {
    redisUp = true;
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    redisUp = false;
    const res = await fetch(`${base}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({
      ready: false,
      failed: [{ name: "redis", error: "connect ECONNREFUSED 127.0.0.1:6379" }],
    });
  });

  it("/metrics exposes reviews, durations, findings, queue depth and age in Prometheus text", async () => {
    metrics.reviews.inc({ conclusion: "action_required" });
    metrics.reviewDuration.observe({ conclusion: "action_required" }, 0.8);
    metrics.findings.inc({ rule: "interface/changed" });
    const res = await fetch(`${base}/metrics`);
    expect(res.headers.get("content-type")).toContain("text/plain");
    const text = await res.text();
    expect(text).toContain('impactgate_reviews_total{conclusion="action_required"} 1');
    expect(text).toContain('impactgate_review_duration_seconds_bucket{le="1",conclusion="action_required"} 1');
    expect(text).toContain('impactgate_findings_total{rule="interface/changed"} 1');
    expect(text).toContain('impactgate_queue_depth{state="waiting"} 3');
    expect(text).toContain("impactgate_queue_oldest_age_seconds 4.5");
    expect(text).toContain("impactgate_process_resident_memory_bytes");
  });

  it("passes other paths on to the next handler", async () => {
    expect((await fetch(`${base}/api/github/webhooks`)).status).toBe(404);
  });
});

describe("GitHub request metrics", () => {
  it("counts requests by route template and status and keeps the rate limit left", async () => {
    nock.disableNetConnect();
    nock("https://api.github.com")
      .get("/repos/octo-org/widgets/pulls/1/files")
      .reply(200, [], { "x-ratelimit-remaining": "4998" })
      .get("/repos/octo-org/widgets/pulls/2/files")
      .reply(502, { message: "Bad Gateway" }, { "x-ratelimit-remaining": "4997" });
    const Octokit = ProbotOctokit.defaults((o: Record<string, unknown> & { throttle?: object }) => ({
      ...o,
      retry: { enabled: false },
      throttle: { ...o?.throttle, enabled: false },
    }));
    const octokit = instrumentOctokit(new Octokit({ auth: "ghs_test" }), metrics, 42);
    await octokit.rest.pulls.listFiles({ owner: "octo-org", repo: "widgets", pull_number: 1 });
    await expect(
      octokit.rest.pulls.listFiles({ owner: "octo-org", repo: "widgets", pull_number: 2 }),
    ).rejects.toMatchObject({ status: 502 });
    const text = await metrics.registry.metrics();
    expect(text).toContain(
      'impactgate_github_requests_total{route="GET /repos/{owner}/{repo}/pulls/{pull_number}/files",status="200"} 1',
    );
    expect(text).toContain(
      'impactgate_github_requests_total{route="GET /repos/{owner}/{repo}/pulls/{pull_number}/files",status="502"} 1',
    );
    expect(text).toContain('impactgate_github_rate_limit_remaining{installation="42"} 4997');
    expect(nock.pendingMocks()).toEqual([]);
  });
});
