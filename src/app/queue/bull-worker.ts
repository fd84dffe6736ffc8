import { UnrecoverableError, Worker } from "bullmq";
import type { Job } from "bullmq";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import { isPermanent, retryDelayMs } from "./retry-delay.js";

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
