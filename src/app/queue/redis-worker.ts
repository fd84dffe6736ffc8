import type { Worker } from "bullmq";
import type { Job } from "bullmq";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { Metrics } from "../ops/metrics.js";
import { executeJob } from "./execute-job.js";
import { prKey } from "./job-key.js";
import { redisKeys } from "./redis-keys.js";
import { bullWorker } from "./bull-worker.js";
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
