import { fork } from "node:child_process";
import { rmSync } from "node:fs";
import type { ChildProcess } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import type { Worker } from "bullmq";
import type { Redis } from "ioredis";
import { pino } from "pino";
import { connectRedis } from "../../src/app/queue/redis-queue.js";
import { createRedisQueue } from "../../src/app/queue/redis-queue.js";
import { startRedisWorker } from "../../src/app/queue/redis-workers.js";
import { createMetrics } from "../../src/app/ops/metrics.js";
import type { ReviewJob, RunReview } from "../../src/app/queue/types.js";
import { compileApp } from "../helpers/compile-app.js";
import { startRedis } from "../helpers/redis.js";
import type { TestRedis } from "../helpers/redis.js";
import { reviewJob } from "../helpers/review-job.js";

const here = dirname(fileURLToPath(import.meta.url));
const log = pino({ level: "silent" });
let server: TestRedis | null;
let redis: Redis;
const cleanup: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  server = await startRedis();
  if (server) redis = connectRedis(server.url);
});

afterAll(async () => {
  for (const f of cleanup.reverse()) await f().catch(() => undefined);
  redis?.disconnect();
  await server?.stop();
});

/** A client closed after the file: BullMQ does not close connections it was given. */
function client(blocking = false): Redis {
  const c = connectRedis(server!.url, { blocking });
  cleanup.push(async () => c.disconnect());
  return c;
}

let n = 0;
/** Each test gets its own key prefix, so leftovers never leak between tests. */
function setup(prefix = `t${process.pid}-${++n}`) {
  const metrics = createMetrics({ defaultMetrics: false });
  const queue = createRedisQueue({ redis: client(), log, metrics, prefix });
  cleanup.push(() => queue.close());
  const worker = (
    run: RunReview,
    extra: { lockDurationMs?: number; stalledIntervalMs?: number; concurrency?: number } = {},
  ): Worker => {
    const w = startRedisWorker({ redis: client(true), run, log, metrics, prefix, backoffMs: 10, ...extra });
    cleanup.push(() => w.close());
    return w;
  };
  return { prefix, metrics, queue, worker };
}

async function until(what: string, check: () => Promise<boolean> | boolean, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("BullMQ queue on a real redis-server", () => {
  it("two workers, one SIGKILLed mid-job: every job completes exactly once", async () => {
    if (!server) return console.warn("SKIPPED: no redis-server");
    const { prefix, queue, worker } = setup();
    const started = `${prefix}:test:started`;

    // Worker A is a separate process that takes PR 1 and hangs in the middle of its review.
    const dir = compileApp(["queue", "ops"]);
    cleanup.push(async () => rmSync(dir, { recursive: true, force: true }));
    const child: ChildProcess = fork(join(here, "child", "hanging-worker.mjs"), [dir, server.url, prefix], {
      stdio: "inherit",
    });
    cleanup.push(async () => child.kill("SIGKILL"));
    await queue.enqueue(reviewJob({ pr: 1 }));
    await until("the child to start PR 1", async () => (await redis.lrange(started, 0, -1)).includes("child:1"));

    // Worker B runs in this process; nine more PRs arrive, then A dies with PR 1 in hand.
    const run: RunReview = async (job: ReviewJob) => {
      await redis.rpush(started, `b:${job.pull.number}`);
      await redis.incr(`${prefix}:test:done:${job.pull.number}`);
      return { conclusion: "success", findings: [] };
    };
    worker(run, { lockDurationMs: 1500, stalledIntervalMs: 500 });
    for (let pr = 2; pr <= 10; pr++) await queue.enqueue(reviewJob({ pr }));
    child.kill("SIGKILL");

    await until("all ten reviews", async () => (await queue.queue.getJobCounts("completed")).completed === 10);
    const done = await Promise.all(Array.from({ length: 10 }, (_, i) => redis.get(`${prefix}:test:done:${i + 1}`)));
    expect(done).toEqual(Array(10).fill("1"));
    const starts = await redis.lrange(started, 0, -1);
    expect(starts.filter((s) => s.endsWith(":1"))).toEqual(["child:1", "b:1"]);
    expect(await queue.stats()).toMatchObject({ waiting: 0, active: 0, delayed: 0 });
  });

  it("coalesces waiting events for one PR into one review of the newest head SHA and body", async () => {
    if (!server) return console.warn("SKIPPED: no redis-server");
    const { queue, worker, metrics } = setup();
    const statuses = [];
    statuses.push((await queue.enqueue(reviewJob({ pr: 5, sha: "1".repeat(40) }))).status);
    statuses.push((await queue.enqueue(reviewJob({ pr: 5, sha: "2".repeat(40) }))).status);
    statuses.push((await queue.enqueue(reviewJob({ pr: 5, sha: "2".repeat(40), body: "ABI-Impact: none" }))).status);
    statuses.push((await queue.enqueue(reviewJob({ pr: 6 }))).status);
    expect(statuses).toEqual(["queued", "coalesced", "coalesced", "queued"]);
    expect((await queue.stats()).waiting).toBe(4);

    const reviewed: [number, string, string][] = [];
    worker(async (job) => void reviewed.push([job.pull.number, job.pull.head.sha[0]!, job.pull.body]));
    await until("four jobs settled", async () => (await queue.queue.getJobCounts("completed")).completed === 4);
    expect(reviewed.sort()).toEqual([
      [5, "2", "ABI-Impact: none"],
      [6, "a", ""],
    ]);
    expect(await metrics.registry.metrics()).toContain('impactgate_jobs_total{outcome="superseded"} 2');
  });

  it("processes a duplicate X-GitHub-Delivery once, across two app replicas", async () => {
    if (!server) return console.warn("SKIPPED: no redis-server");
    const { prefix, queue, worker } = setup();
    const replica2 = createRedisQueue({ redis: client(), log, prefix });
    cleanup.push(() => replica2.close());
    expect(
      (await queue.enqueue(reviewJob({ pr: 9 }), { deliveryId: "72d3162e-cc78-11e3-81ab-4c9367dc0958" })).status,
    ).toBe("queued");
    expect(
      (
        await replica2.enqueue(reviewJob({ pr: 9, body: "changed" }), {
          deliveryId: "72d3162e-cc78-11e3-81ab-4c9367dc0958",
        })
      ).status,
    ).toBe("duplicate-delivery");

    const runs: number[] = [];
    worker(async (job) => void runs.push(job.pull.number));
    await until("the review", () => runs.length === 1);
    // The same key again (another event that changes nothing the verdict reads) is not re-run …
    expect((await replica2.enqueue(reviewJob({ pr: 9 }), { deliveryId: "d-2" })).status).toBe("duplicate-job");
    // … but the Re-run button is.
    expect((await replica2.enqueue(reviewJob({ pr: 9 }), { rerun: true })).status).toBe("queued");
    await until("the re-run", () => runs.length === 2);
    expect(runs).toEqual([9, 9]);
  });

  it("retries a job hit by a secondary rate limit after the retry-after GitHub sent", async () => {
    if (!server) return console.warn("SKIPPED: no redis-server");
    const { queue, worker } = setup();
    const attempts: number[] = [];
    worker(async () => {
      attempts.push(Date.now());
      if (attempts.length === 1) {
        throw Object.assign(new Error("You have exceeded a secondary rate limit"), {
          status: 403,
          response: { headers: { "retry-after": "1" } },
        });
      }
      return { conclusion: "success", findings: [] };
    });
    await queue.enqueue(reviewJob({ pr: 3 }));
    await until("the retry to complete", async () => (await queue.queue.getJobCounts("completed")).completed === 1);
    expect(attempts).toHaveLength(2);
    expect(attempts[1]! - attempts[0]!).toBeGreaterThanOrEqual(1000);
  });

  it("fails a 404 at once instead of spending its attempts, and answers ping", async () => {
    if (!server) return console.warn("SKIPPED: no redis-server");
    const { queue, worker } = setup();
    let calls = 0;
    worker(async () => {
      calls++;
      throw Object.assign(new Error("Not Found"), { status: 404 });
    });
    await queue.enqueue(reviewJob({ pr: 4 }));
    await until("the failure", async () => (await queue.queue.getJobCounts("failed")).failed === 1);
    expect(calls).toBe(1);
    await expect(queue.ping()).resolves.toBeUndefined();
    expect(await queue.isPending(reviewJob({ pr: 4 }))).toBe(false);
  });
});
