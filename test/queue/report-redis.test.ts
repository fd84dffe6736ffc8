import { fork } from "node:child_process";
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import type { Redis } from "ioredis";
import { pino } from "pino";
import { authProbot } from "../app/helpers/probot.js";
import { connectRedis } from "../../src/app/queue/redis-queue.js";
import { createRedisQueue } from "../../src/app/queue/redis-queue.js";
import { reportRunner } from "../../src/app/queue/job-runners.js";
import { startReportWorker } from "../../src/app/queue/redis-workers.js";
import { createMetrics } from "../../src/app/ops/metrics.js";
import type { ReportJob } from "../../src/app/queue/types.js";
import { github, REPO } from "../app/helpers/github.js";
import { useNock } from "../app/helpers/use-nock.js";
import { compileApp } from "../helpers/compile-app.js";
import { startRedis } from "../helpers/redis.js";
import type { TestRedis } from "../helpers/redis.js";
import { reviewJob } from "../helpers/review-job.js";
import { reportPlan } from "./helpers/report-plan.js";

const log = pino({ level: "silent" });
const probot = authProbot(log);
const HEAD = "a".repeat(40);
const here = dirname(fileURLToPath(import.meta.url));

let server: TestRedis | null;
const cleanup: (() => Promise<unknown>)[] = [];
beforeAll(async () => void (server = await startRedis()));
afterAll(async () => {
  for (const f of cleanup.reverse()) await f().catch(() => undefined);
  await server?.stop();
});

function client(blocking = false): Redis {
  const c = connectRedis(server!.url, { blocking });
  cleanup.push(async () => c.disconnect());
  return c;
}

let n = 0;
/** A producer and a report worker (`later`: started by the test) on their own key prefix, writing through a real installation client. */
function setup(
  workerOptions: { lockDurationMs?: number; stalledIntervalMs?: number; holdMs?: number; later?: boolean } = {},
) {
  const prefix = `rp${process.pid}-${++n}`;
  const metrics = createMetrics({ defaultMetrics: false });
  const queue = createRedisQueue({ redis: client(), log, metrics, prefix });
  cleanup.push(() => queue.close());
  const startWorker = () => {
    const { later: _, ...timing } = workerOptions;
    const worker = startReportWorker({
      redis: client(true),
      run: reportRunner({ auth: (id) => probot.auth(id), log, metrics }),
      isStale: (job) => queue.isStaleReport(job),
      reviewsPending: (job) => queue.reviewsPending(job),
      log,
      metrics,
      prefix,
      backoffMs: 10,
      ...timing,
    });
    cleanup.push(() => worker.close());
  };
  if (!workerOptions.later) startWorker();
  return { queue, metrics, prefix, startWorker };
}

async function report(installationId: number, head = HEAD, comments?: [], number = 2): Promise<ReportJob> {
  const plan = await reportPlan({ number, head });
  const now = Date.now();
  return {
    installationId,
    owner: "Codertocat",
    repo: "Hello-World",
    number,
    headSha: head,
    plan: comments ? { ...plan, comments } : plan,
    enqueuedAt: now,
    reviewStartedAt: now,
  };
}

async function until(what: string, check: () => Promise<boolean> | boolean, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

useNock();

describe("report jobs on a real redis-server", () => {
  it("a worker takes the report job and writes the sticky comment and the label, reusing the comments the review read", async () => {
    if (!server) return console.warn("SKIPPED: no redis-server");
    const gh = github();
    gh.token(11);
    gh.createComment();
    gh.addLabels();
    const { queue, metrics } = setup();
    expect(await queue.enqueueReport(await report(11, HEAD, []))).toBe("queued");
    await until("the report", async () => (await queue.reports.getJobCounts("completed")).completed === 1);

    const [comment] = gh.bodies("comments.create");
    expect(comment.body).toContain("include/point.h");
    expect(gh.bodies("labels.add")).toEqual([{ labels: ["abi-break"] }]);
    expect(await metrics.registry.metrics()).toContain('impactgate_report_jobs_total{outcome="completed"} 1');
    expect((await queue.stats()).reports).toEqual({ waiting: 0, active: 0, delayed: 0 });
  });

  it("retries a report hit by a secondary rate limit after GitHub's retry-after, lists the comments again, and writes the comment once", async () => {
    if (!server) return console.warn("SKIPPED: no redis-server");
    const gh = github();
    gh.token(12);
    const tries: number[] = [];
    gh.api
      .post(`${REPO}/issues/2/comments`)
      .reply(
        403,
        () => (
          tries.push(Date.now()),
          { message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again." }
        ),
        { "retry-after": "1" },
      );
    gh.restComments([[]]); // the retry does not trust the plan's comments: the first try might have written one
    gh.api
      .post(`${REPO}/issues/2/comments`)
      .reply(
        201,
        async (req: Request) => (
          tries.push(Date.now()),
          gh.written.push({ route: "comments.create", body: await req.json() }),
          { id: 7 }
        ),
      );
    gh.addLabels();
    const { queue, metrics } = setup();
    await queue.enqueueReport(await report(12, HEAD, []));
    await until("the retried report", async () => (await queue.reports.getJobCounts("completed")).completed === 1);

    expect(tries).toHaveLength(2);
    expect(tries[1]! - tries[0]!).toBeGreaterThanOrEqual(1000);
    expect(gh.bodies("comments.create")).toHaveLength(1);
    expect(gh.bodies("labels.add")).toEqual([{ labels: ["abi-break"] }]);
    const text = await metrics.registry.metrics();
    expect(text).toContain('impactgate_report_jobs_total{outcome="retried"} 1');
    expect(text).toContain('impactgate_report_jobs_total{outcome="completed"} 1');
  });

  it("writes only the newest of two waiting reports of a PR; the older completes as superseded", async () => {
    if (!server) return console.warn("SKIPPED: no redis-server");
    const gh = github();
    gh.token(15);
    gh.createComment();
    gh.addLabels();
    const { queue, startWorker } = setup({ later: true });
    expect(await queue.enqueueReport(await report(15, "1".repeat(40), []))).toBe("queued");
    expect(await queue.enqueueReport(await report(15, "2".repeat(40), []))).toBe("replaced");
    startWorker();
    await until("both reports settled", async () => (await queue.reports.getJobCounts("completed")).completed === 2);
    const done = await queue.reports.getJobs(["completed"]);
    expect(done.map((j) => [j.data.headSha[0], j.returnvalue]).sort()).toEqual([
      ["1", { superseded: done.find((j) => j.data.headSha[0] === "2")!.id }],
      ["2", { reported: true }],
    ]);
    expect(gh.bodies("comments.create")).toHaveLength(1);
  });

  it("drops a report when a review of another head of the PR is waiting, without a request to GitHub", async () => {
    if (!server) return console.warn("SKIPPED: no redis-server");
    const { queue, metrics } = setup();
    const newer = reviewJob({ pr: 2, sha: "b".repeat(40) });
    await queue.enqueue({ ...newer, owner: "Codertocat", repo: "Hello-World" });
    await queue.enqueueReport(await report(13, HEAD));
    await until("the report to settle", async () => (await queue.reports.getJobCounts("completed")).completed === 1);
    const [done] = await queue.reports.getJobs(["completed"]);
    expect(done!.returnvalue).toEqual({ stale: true });
    expect(await metrics.registry.metrics()).toContain('impactgate_report_jobs_total{outcome="stale"} 1');
  });

  it("a report whose worker is SIGKILLed mid-write is taken by another worker, which lists the comments again and writes once", async () => {
    if (!server) return console.warn("SKIPPED: no redis-server");
    const gh = github();
    gh.token(14);
    gh.restComments([[]]);
    gh.createComment();
    gh.addLabels();
    const { queue, prefix, startWorker } = setup({ lockDurationMs: 1500, stalledIntervalMs: 500, later: true });
    const dir = compileApp(["queue", "ops"]);
    cleanup.push(async () => rmSync(dir, { recursive: true, force: true }));
    const child = fork(join(here, "child", "hanging-report-worker.mjs"), [dir, server.url, prefix], {
      stdio: "inherit",
    });
    cleanup.push(async () => child.kill("SIGKILL"));
    const redis = client();
    await queue.enqueueReport(await report(14, HEAD, []));
    await until(
      "the child to start the report",
      async () => (await redis.lrange(`${prefix}:test:started`, 0, -1)).length === 1,
    );
    // It holds the job and the PR's report lock when it dies; this worker must take both over.
    startWorker();
    child.kill("SIGKILL");
    await until("the report", async () => (await queue.reports.getJobCounts("completed")).completed === 1);
    expect(gh.bodies("comments.create")).toHaveLength(1);
    expect(gh.bodies("labels.add")).toEqual([{ labels: ["abi-break"] }]);
  });

  it("holds a report while a review of its installation is pending (verdicts first across workers); another installation's report is not held", async () => {
    if (!server) return console.warn("SKIPPED: no redis-server");
    const gh = github();
    gh.token(16);
    gh.token(17);
    gh.createComment(2);
    gh.addLabels(2);
    gh.createComment(3);
    gh.addLabels(3);
    const { queue } = setup();
    const review = await queue.enqueue({
      ...reviewJob({ pr: 5 }),
      installationId: 16,
      owner: "Codertocat",
      repo: "Hello-World",
    }); // no review worker: it waits
    await queue.enqueueReport(await report(16, HEAD, [], 2));
    await queue.enqueueReport(await report(17, HEAD, [], 3));
    await until("installation 17's report", async () => gh.bodies("labels.add").length === 1);
    await new Promise((r) => setTimeout(r, 1500));
    expect(gh.bodies("comments.create")).toHaveLength(1); // installation 16's report still waits for the verdict
    await queue.queue.remove(review.jobId!);
    await until(
      "installation 16's report",
      async () => (await queue.reports.getJobCounts("completed")).completed === 2,
    );
    expect(gh.bodies("comments.create")).toHaveLength(2);
    expect(gh.bodies("labels.add")).toHaveLength(2);
  });

  it("writes a held report after holdMs even while reviews of its installation stay pending (none starves)", async () => {
    if (!server) return console.warn("SKIPPED: no redis-server");
    const gh = github();
    gh.token(18);
    gh.createComment();
    gh.addLabels();
    const { queue } = setup({ holdMs: 1500 });
    await queue.enqueue({ ...reviewJob({ pr: 6 }), installationId: 18, owner: "Codertocat", repo: "Hello-World" });
    const job = await report(18, HEAD, []);
    await queue.enqueueReport(job);
    await until("the report", async () => (await queue.reports.getJobCounts("completed")).completed === 1);
    expect(Date.now() - job.enqueuedAt).toBeGreaterThanOrEqual(1500);
    expect(gh.bodies("comments.create")).toHaveLength(1);
  });
});
