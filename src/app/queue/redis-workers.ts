/**
 * The Redis side of the queue for `impactgate worker`: BullMQ workers for review jobs and
 * for report jobs, with the shared retry policy.
 */
import { UnrecoverableError, Worker, DelayedError } from "bullmq";
import type { Job } from "bullmq";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import { isPermanent, retryDelayMs, executeJob, prKey, reportPrKey } from "./jobs.js";
import type { Metrics } from "../ops/metrics.js";
import { redisKeys } from "./redis-queue.js";
import type { EnqueueReport, ReviewJob, RunReview, ReportJob, RunReport } from "./types.js";

interface BullWorkerOptions<T, R> {
  redis: Redis;
  queueName: string;
  prefix: string;
  process: (job: Job<T, R>, token?: string) => Promise<R>;
  log: Pick<Logger, "error" | "warn">;
  /** Counts an outcome: retried, failed, stalled. */
  count: (outcome: "retried" | "failed" | "stalled") => void;
  /** What it runs ("review", "report") and what happens after a final failure, for the logs. */
  what: string;
  afterFailure: string;
  concurrency?: number;
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  backoffMs: number;
}

/**
 * The BullMQ worker both job kinds run on: a job that killed its worker twice is probably what
 * kills it, so it stops after the third try; retries wait GitHub's `retry-after` when it gave one;
 * an error that cannot get better (isPermanent) is not retried.
 */
export function bullWorker<T, R>(o: BullWorkerOptions<T, R>): Worker<T, R> {
  const processJob = async (job: Job<T, R>, token?: string) => {
    try {
      return await o.process(job, token);
    } catch (err) {
      if (isPermanent(err)) throw new UnrecoverableError(err instanceof Error ? err.message : String(err));
      throw err;
    }
  };
  const worker = new Worker<T, R>(o.queueName, processJob, {
    connection: o.redis,
    prefix: o.prefix,
    concurrency: o.concurrency ?? 2,
    lockDuration: o.lockDurationMs ?? 30_000,
    stalledInterval: o.stalledIntervalMs ?? 30_000,
    maxStalledCount: 2,
    settings: { backoffStrategy: (attemptsMade, _type, err) => retryDelayMs(err, attemptsMade, o.backoffMs) },
  });
  worker.on("failed", (job, err) => {
    const final = !job || job.attemptsMade >= (job.opts.attempts ?? 1) || err instanceof UnrecoverableError;
    o.count(final ? "failed" : "retried");
    if (final) o.log.error({ err, jobId: job?.id }, `${o.what} job failed for good; ${o.afterFailure}`);
  });
  worker.on("stalled", (jobId) => {
    o.count("stalled");
    o.log.warn({ jobId }, `${o.what} job stalled (its worker died); it runs again`);
  });
  worker.on("error", (err) => o.log.error({ err }, `${o.what} worker error`));
  return worker;
}

/** What every BullMQ worker of the app is started with, reviews and reports alike. */
interface WorkerSettings {
  /** A client made with `connectRedis(url, { blocking: true })`. */
  redis: Redis;
  log: Logger;
  metrics?: Metrics;
  prefix?: string;
  concurrency?: number;
  /** A job whose worker stops renewing its lock for this long is given to another worker. */
  lockDurationMs?: number;
  /** How often workers look for such stalled jobs. */
  stalledIntervalMs?: number;
  backoffMs?: number;
}

export interface RedisWorkerOptions extends WorkerSettings {
  run: RunReview;
  /** The report queue's producer (`RedisQueue.enqueueReport`): reviews end at their verdict. */
  enqueueReport?: EnqueueReport;
}

export type JobResult = { reviewed: true } | { superseded: string };

/**
 * The consumer side on Redis. A job whose worker died (lock not renewed) is moved back to the wait
 * list by another worker's stalled-job check and reviewed again; a job superseded by a newer event
 * for the same PR completes without reviewing.
 */
export function startRedisWorker(options: RedisWorkerOptions): Worker<ReviewJob, JobResult> {
  const { redis, run, log, metrics } = options;
  const keys = redisKeys(options.prefix);
  const backoffMs = options.backoffMs ?? 1000;

  async function processJob(job: Job<ReviewJob, JobResult>): Promise<JobResult> {
    const latest = await redis.get(keys.latest(prKey(job.data)));
    if (latest && latest !== job.id) {
      metrics?.jobs.inc({ outcome: "superseded" });
      return { superseded: latest };
    }
    await executeJob({ job: job.data, run, metrics, log, enqueueReport: options.enqueueReport });
    metrics?.jobs.inc({ outcome: "completed" });
    return { reviewed: true };
  }

  return bullWorker({
    redis,
    queueName: keys.queueName,
    prefix: keys.bullPrefix,
    process: processJob,
    log,
    backoffMs,
    count: (outcome) => metrics?.jobs.inc({ outcome }),
    what: "review",
    afterFailure: "reconciliation will retry the PR",
    concurrency: options.concurrency,
    lockDurationMs: options.lockDurationMs,
    stalledIntervalMs: options.stalledIntervalMs,
  });
}

export interface ReportWorkerOptions extends WorkerSettings {
  run: RunReport;
  /** True when a review of another head of the PR waits or runs (`RedisQueue.isStaleReport`). */
  isStale(job: ReportJob): Promise<boolean>;
  /** True when reviews of other PRs of the installation wait or run (`RedisQueue.reviewsPending`): the report waits for their verdicts. */
  reviewsPending?(job: ReportJob): Promise<boolean>;
  /** The longest a report waits for other reviews' verdicts, from its enqueue (default 30 s: none starves). */
  holdMs?: number;
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
