import { UnrecoverableError, Worker } from "bullmq";
import type { Job } from "bullmq";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { Metrics } from "../ops/metrics.js";
import { executeJob } from "./execute-job.js";
import { prKey } from "./job-key.js";
import { redisKeys } from "./redis-keys.js";
import { isPermanent, retryDelayMs } from "./retry-delay.js";
import type { EnqueueReport, ReviewJob, RunReview } from "./types.js";

export interface RedisWorkerOptions {
  /** A client made with `connectRedis(url, { blocking: true })`. */
  redis: Redis;
  run: RunReview;
  log: Logger;
  metrics?: Metrics;
  prefix?: string;
  concurrency?: number;
  /** A job whose worker stops renewing its lock for this long is given to another worker. */
  lockDurationMs?: number;
  /** How often workers look for such stalled jobs. */
  stalledIntervalMs?: number;
  backoffMs?: number;
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
    try {
      await executeJob({ job: job.data, run, metrics, log, enqueueReport: options.enqueueReport });
    } catch (err) {
      if (isPermanent(err)) throw new UnrecoverableError(err instanceof Error ? err.message : String(err));
      throw err;
    }
    metrics?.jobs.inc({ outcome: "completed" });
    return { reviewed: true };
  }

  const worker = new Worker<ReviewJob, JobResult>(keys.queueName, processJob, {
    connection: redis,
    prefix: keys.bullPrefix,
    concurrency: options.concurrency ?? 2,
    lockDuration: options.lockDurationMs ?? 30_000,
    stalledInterval: options.stalledIntervalMs ?? 30_000,
    // A review that killed its worker twice is probably what kills it: stop after the third try.
    maxStalledCount: 2,
    settings: { backoffStrategy: (attemptsMade, _type, err) => retryDelayMs(err, attemptsMade, backoffMs) },
  });
  worker.on("failed", (job, err) => {
    const final = !job || job.attemptsMade >= (job.opts.attempts ?? 1) || err instanceof UnrecoverableError;
    metrics?.jobs.inc({ outcome: final ? "failed" : "retried" });
    if (final) log.error({ err, jobId: job?.id }, "review job failed for good; reconciliation will retry the PR");
  });
  worker.on("stalled", (jobId) => {
    metrics?.jobs.inc({ outcome: "stalled" });
    log.warn({ jobId }, "review job stalled (its worker died); it runs again");
  });
  worker.on("error", (err) => log.error({ err }, "queue worker error"));
  return worker;
}
