import { describe, expect, it } from "@jest/globals";
import { pino } from "pino";
import { createEmbeddedQueue } from "../../src/app/queue/embedded-queue.js";
import { QueueFullError } from "../../src/app/queue/jobs.js";
import { createMetrics } from "../../src/app/ops/metrics.js";
import type { ReviewJob } from "../../src/app/queue/types.js";
import { reviewJob } from "../helpers/review-job.js";

const log = pino({ level: "silent" });

/** A runner whose reviews finish only when the test releases them. */
function gatedRunner() {
  const started: ReviewJob[] = [];
  const gates: (() => void)[] = [];
  let running = 0;
  let maxRunning = 0;
  const run = async (job: ReviewJob) => {
    started.push(job);
    running++;
    maxRunning = Math.max(maxRunning, running);
    await new Promise<void>((resolve) => gates.push(resolve));
    running--;
    return { conclusion: "success", findings: [{ ruleId: "interface/changed" }] };
  };
  const releaseAll = () => gates.splice(0).forEach((g) => g());
  return { run, started, releaseAll, max: () => maxRunning };
}

const tick = () => new Promise((r) => setTimeout(r, 5));

describe("embedded queue", () => {
  it("runs at most `concurrency` reviews at once and all of them eventually", async () => {
    const r = gatedRunner();
    const q = createEmbeddedQueue({ run: r.run, log, concurrency: 2 });
    for (let pr = 1; pr <= 5; pr++) await q.enqueue(reviewJob({ pr }));
    await tick();
    expect(r.started).toHaveLength(2);
    while (r.started.length < 5) {
      r.releaseAll();
      await tick();
    }
    r.releaseAll();
    await q.close();
    expect(r.max()).toBe(2);
    expect(r.started.map((j) => j.pull.number).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it("coalesces waiting events for one PR into one review of the newest head SHA and body", async () => {
    const r = gatedRunner();
    const q = createEmbeddedQueue({ run: r.run, log, concurrency: 1 });
    expect((await q.enqueue(reviewJob({ sha: "1".repeat(40) }))).status).toBe("queued");
    await tick();
    expect((await q.enqueue(reviewJob({ sha: "2".repeat(40) }))).status).toBe("queued");
    expect((await q.enqueue(reviewJob({ sha: "3".repeat(40) }))).status).toBe("coalesced");
    expect((await q.enqueue(reviewJob({ sha: "3".repeat(40), body: "## ABI impact\nnone" }))).status).toBe("coalesced");
    expect(await q.stats()).toMatchObject({ waiting: 1, active: 1 });
    r.releaseAll();
    await tick();
    r.releaseAll();
    await q.close();
    expect(r.started.map((j) => [j.pull.head.sha[0], j.pull.body])).toEqual([
      ["1", ""],
      ["3", "## ABI impact\nnone"],
    ]);
  });

  it("processes a delivery id once and a finished key once", async () => {
    const runs: string[] = [];
    const metrics = createMetrics({ defaultMetrics: false });
    const q = createEmbeddedQueue({ run: async (j) => void runs.push(j.pull.head.sha), log, metrics });
    expect((await q.enqueue(reviewJob({ pr: 7 }), { deliveryId: "d-1" })).status).toBe("queued");
    expect((await q.enqueue(reviewJob({ pr: 8 }), { deliveryId: "d-1" })).status).toBe("duplicate-delivery");
    await tick();
    expect((await q.enqueue(reviewJob({ pr: 7 }), { deliveryId: "d-2" })).status).toBe("duplicate-job");
    expect((await q.enqueue(reviewJob({ pr: 7 }), { rerun: true })).status).toBe("queued");
    await q.close();
    expect(runs).toHaveLength(2);
    const text = await metrics.registry.metrics();
    expect(text).toContain('impactgate_jobs_total{outcome="duplicate-delivery"} 1');
    expect(text).toContain('impactgate_jobs_total{outcome="completed"} 2');
  });

  it("makes enqueue wait for room, then refuse with QueueFullError", async () => {
    const r = gatedRunner();
    const q = createEmbeddedQueue({ run: r.run, log, concurrency: 1, maxSize: 1, enqueueWaitMs: 50 });
    await q.enqueue(reviewJob({ pr: 1 }));
    await tick();
    await q.enqueue(reviewJob({ pr: 2 }));
    await expect(q.enqueue(reviewJob({ pr: 3 }), { deliveryId: "d-3" })).rejects.toBeInstanceOf(QueueFullError);
    // Room frees while the next enqueue waits: it gets in.
    const waiting = q.enqueue(reviewJob({ pr: 4 }), { deliveryId: "d-4" });
    r.releaseAll();
    expect((await waiting).status).toBe("queued");
    // The refused delivery was forgotten, so GitHub's "redeliver" still works.
    while (r.started.length < 3) {
      r.releaseAll();
      await tick();
    }
    expect((await q.enqueue(reviewJob({ pr: 3 }), { deliveryId: "d-3" })).status).toBe("queued");
    while (r.started.length < 4) {
      r.releaseAll();
      await tick();
    }
    r.releaseAll();
    await q.close();
    expect(r.started.map((j) => j.pull.number)).toEqual([1, 2, 4, 3]);
  });

  it("retries a secondary rate limit after its retry-after, and does not retry a 404", async () => {
    const attempts: number[] = [];
    const q = createEmbeddedQueue({
      log,
      backoffMs: 1,
      run: async (job) => {
        attempts.push(Date.now());
        if (job.pull.number === 404) throw Object.assign(new Error("Not Found"), { status: 404 });
        if (attempts.length === 1) {
          throw Object.assign(new Error("You have exceeded a secondary rate limit"), {
            status: 403,
            response: { headers: { "retry-after": "1" } },
          });
        }
      },
    });
    await q.enqueue(reviewJob({ pr: 1 }));
    while (attempts.length < 2) await new Promise((r) => setTimeout(r, 50));
    expect(attempts[1]! - attempts[0]!).toBeGreaterThanOrEqual(1000);
    await q.enqueue(reviewJob({ pr: 404 }));
    await q.close();
    expect(attempts).toHaveLength(3);
    expect(await q.stats()).toMatchObject({ waiting: 0, active: 0, delayed: 0 });
  });

  it("drains waiting and running reviews on close and refuses new ones", async () => {
    const done: number[] = [];
    const q = createEmbeddedQueue({
      log,
      concurrency: 1,
      run: async (j) => void (await tick(), done.push(j.pull.number)),
    });
    for (let pr = 1; pr <= 4; pr++) await q.enqueue(reviewJob({ pr }));
    await q.close({ drainMs: 5000 });
    expect(done).toEqual([1, 2, 3, 4]);
    await expect(q.enqueue(reviewJob({ pr: 5 }))).rejects.toThrow("shutting down");
  });
});
