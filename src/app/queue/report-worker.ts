import { DelayedError } from "bullmq";
import type { Worker } from "bullmq";
import type { Job } from "bullmq";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { Metrics } from "../ops/metrics.js";
import { reportPrKey } from "./job-key.js";
import { redisKeys } from "./redis-keys.js";
import { bullWorker } from "./bull-worker.js";
import type { ReportJob, RunReport } from "./types.js";

export interface ReportWorkerOptions {
  /** A client made with `connectRedis(url, { blocking: true })`. */
  redis: Redis;
  run: RunReport;
  /** True when a review of another head of the PR waits or runs (`RedisQueue.isStaleReport`). */
  isStale(job: ReportJob): Promise<boolean>;
  /** True when reviews of other PRs of the installation wait or run (`RedisQueue.reviewsPending`): the report waits for their verdicts. */
  reviewsPending?(job: ReportJob): Promise<boolean>;
  /** The longest a report waits for other reviews' verdicts, from its enqueue (default 30 s: none starves). */
  holdMs?: number;
  log: Logger;
  metrics?: Metrics;
  prefix?: string;
  concurrency?: number;
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  backoffMs?: number;
}

export type ReportJobResult = { reported: true } | { superseded: string } | { stale: true };

/** Hosts' clocks differ a little; a plan this close to a report's end is treated as older. */
const CLOCK_SKEW_MS = 5000;
/** How often a held report looks again. */
const HOLD_STEP_MS = 1000;
/** Longer than a report can wait in Probot's comment limiter; a dead holder's lock lapses after it. */
const PR_LOCK_MS = 120_000;
const RELEASE = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;

/**
 * Report jobs on Redis, in the same `impactgate worker` processes as reviews but a queue and
 * concurrency of their own. A superseded report (a newer one for the PR was queued) or a stale one
 * (a review of another head is pending) completes without writing; a PR's reports run one at a
 * time across workers (a Redis lock), and a report whose worker died runs again. While reviews of
 * other PRs of its installation are pending, a report waits (up to `holdMs`): the Redis-backed write
 * spacing (request-pacing.ts) is first come, first served across workers, so a comment sent now takes a write slot another
 * worker's verdict is waiting for (20 PRs, 2 workers: p99 verdict 59 s without the wait, 39 s with).
 */
export function startReportWorker(options: ReportWorkerOptions): Worker<ReportJob, ReportJobResult> {
  const { redis, run, isStale, log, metrics } = options;
  const keys = redisKeys(options.prefix);
  const backoffMs = options.backoffMs ?? 1000;

  async function processJob(job: Job<ReportJob, ReportJobResult>, token?: string): Promise<ReportJobResult> {
    const pk = reportPrKey(job.data);
    const lock = keys.reportLock(pk);
    const latest = await redis.get(keys.latestReport(pk));
    // A retry of a job that died holding the PR's lock gives it back when it has nothing to write.
    if (latest && latest !== job.id) {
      await redis.eval(RELEASE, 1, lock, job.id!);
      metrics?.reportJobs.inc({ outcome: "superseded" });
      return { superseded: latest };
    }
    if (await isStale(job.data)) {
      await redis.eval(RELEASE, 1, lock, job.id!);
      metrics?.reportJobs.inc({ outcome: "stale" });
      log.info(
        { pr: pk, headSha: job.data.headSha },
        "report dropped: a review of a newer head is pending and writes its own",
      );
      return { stale: true };
    }
    const holding = Date.now() - job.data.enqueuedAt < (options.holdMs ?? 30_000);
    if (holding && options.reviewsPending && (await options.reviewsPending(job.data))) {
      await job.moveToDelayed(Date.now() + HOLD_STEP_MS, token);
      throw new DelayedError();
    }
    // The job's own id as the lock value: its retry after a crash takes the lock back at once.
    const locked =
      (await redis.set(lock, job.id!, "PX", PR_LOCK_MS, "NX")) === "OK" || (await redis.get(lock)) === job.id;
    if (!locked) {
      await job.moveToDelayed(Date.now() + HOLD_STEP_MS, token);
      throw new DelayedError();
    }
    try {
      const ended = Number(await redis.get(keys.reportEnded(pk))) || 0;
      // Waits (held, locked) start the job again without writing: only failures and stalls count.
      const reuseComments =
        job.attemptsMade === 0 && job.stalledCounter === 0 && ended < job.data.reviewStartedAt - CLOCK_SKEW_MS;
      await run(job.data, { reuseComments });
    } finally {
      await redis.set(keys.reportEnded(pk), String(Date.now()), "EX", 24 * 3600);
      await redis.eval(RELEASE, 1, lock, job.id!);
    }
    metrics?.reportJobs.inc({ outcome: "completed" });
    return { reported: true };
  }

  return bullWorker({
    redis,
    queueName: keys.reportQueueName,
    prefix: keys.bullPrefix,
    process: processJob,
    log,
    backoffMs,
    count: (outcome) => metrics?.reportJobs.inc({ outcome }),
    what: "report",
    afterFailure: "the verdict stands, the next review writes the comment",
    concurrency: options.concurrency,
    lockDurationMs: options.lockDurationMs,
    stalledIntervalMs: options.stalledIntervalMs,
  });
}
