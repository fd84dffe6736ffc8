/**
 * The Redis side of the queue for the app (the producer): the connection, the key names, the
 * BullMQ job options, and enqueueing review and report jobs.
 */
import { Redis } from "ioredis";
import type { JobsOptions } from "bullmq";
import { randomBytes } from "node:crypto";
import { Queue } from "bullmq";
import type { Logger } from "pino";
import type { Metrics } from "../ops/metrics.js";
import { jobIdFor, prKey, reportPrKey, reviewKey } from "./jobs.js";
import type {
  EnqueueOptions,
  EnqueueResult,
  QueueStats,
  ReportEnqueueStatus,
  ReportJob,
  ReviewJob,
  ReviewQueue,
} from "./types.js";

/**
 * One ioredis client. BullMQ workers need `maxRetriesPerRequest: null` (their blocking commands
 * must survive reconnects); producers and probes fail fast instead, so a webhook is never held
 * hostage by a Redis outage.
 */
export function connectRedis(url: string, options: { blocking?: boolean } = {}): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: options.blocking ? null : 2,
  });
}

/** Redis key names outside BullMQ's own, under one prefix so several apps can share a Redis. */
export function redisKeys(prefix = "impactgate") {
  return {
    queueName: "reviews",
    /** Comment and label writes after a verdict: a queue of their own, so they never take a review slot. */
    reportQueueName: "reports",
    bullPrefix: `${prefix}:bull`,
    /** SET NX per X-GitHub-Delivery: a redelivered or replayed webhook is processed once. */
    delivery: (id: string) => `${prefix}:delivery:${id}`,
    /** The newest job id per PR: older waiting jobs for the PR are skipped as superseded. */
    latest: (pk: string) => `${prefix}:latest:${pk}`,
    /** The newest report job id per PR: an older waiting report is skipped as superseded. */
    latestReport: (pk: string) => `${prefix}:latest-report:${pk}`,
    /** Held by the report job writing a PR's comment: two at once could both create it. */
    reportLock: (pk: string) => `${prefix}:report-lock:${pk}`,
    /** Epoch ms when a report of the PR last ended: a plan older than that read stale comments. */
    reportEnded: (pk: string) => `${prefix}:report-ended:${pk}`,
    /** The reconciliation lock: one replica reconciles at a time. */
    reconcileLock: `${prefix}:reconcile-lock`,
  };
}

export type RedisKeys = ReturnType<typeof redisKeys>;

/** Retry and retention for review jobs. `github` backoff reads retry-after (see the retry policy in jobs.ts). */
export function jobDefaults(attempts: number): JobsOptions {
  return {
    attempts,
    backoff: { type: "github", delay: 1000 },
    // Completed jobs stay a day so a replayed key is recognised as already reviewed.
    removeOnComplete: { age: 24 * 3600, count: 50_000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  };
}

/**
 * Retry and retention for report jobs. Their data is the whole review (can be large), so they are
 * kept only briefly once done: nothing looks them up afterwards.
 */
export function reportJobDefaults(attempts: number): JobsOptions {
  return {
    attempts,
    backoff: { type: "github", delay: 1000 },
    removeOnComplete: { age: 3600, count: 1000 },
    removeOnFail: { age: 24 * 3600, count: 1000 },
  };
}

/** Job states in which the job will still run. */
export const PENDING_STATES = new Set(["waiting", "active", "delayed", "prioritized", "waiting-children"]);

export interface RedisQueueOptions {
  redis: Redis;
  log: Logger;
  metrics?: Metrics;
  prefix?: string;
  attempts?: number;
  deliveryTtlSeconds?: number;
}

const LATEST_TTL_SECONDS = 7 * 24 * 3600;

/**
 * The producer side on Redis (BullMQ): any number of app replicas enqueue here, any number of
 * `impactgate worker` processes consume. Jobs are keyed by (repo, PR, head SHA, description hash).
 */
export function createRedisQueue(options: RedisQueueOptions): ReviewQueue & {
  queue: Queue;
  reports: Queue<ReportJob>;
  isStaleReport(job: ReportJob): Promise<boolean>;
  reviewsPending(report: ReportJob): Promise<boolean>;
} {
  const { redis, log, metrics } = options;
  const keys = redisKeys(options.prefix);
  const queue = new Queue(keys.queueName, {
    connection: redis,
    prefix: keys.bullPrefix,
    defaultJobOptions: jobDefaults(options.attempts ?? 8),
  });
  const reports = new Queue<ReportJob>(keys.reportQueueName, {
    connection: redis,
    prefix: keys.bullPrefix,
    defaultJobOptions: reportJobDefaults(options.attempts ?? 8),
  });
  const deliveryTtl = options.deliveryTtlSeconds ?? 24 * 3600;

  async function chooseJobId(key: string, latest: string | null, rerun: boolean): Promise<string | "duplicate"> {
    const id = jobIdFor(key);
    if (rerun) return jobIdFor(key, randomBytes(6).toString("hex"));
    const state = await queue.getJobState(id);
    if (state === "unknown") return id;
    // Same key waiting or running: let it run, and make it the PR's newest again.
    if (PENDING_STATES.has(state)) return latest === id ? "duplicate" : id;
    // Done with nothing newer since: nothing to do. Failed, or older than another event: run again.
    if (state === "completed" && latest === id) return "duplicate";
    return jobIdFor(key, randomBytes(6).toString("hex"));
  }

  async function enqueue(job: ReviewJob, opts: EnqueueOptions = {}): Promise<EnqueueResult> {
    if (opts.deliveryId) {
      const fresh = await redis.set(keys.delivery(opts.deliveryId), "1", "EX", deliveryTtl, "NX");
      if (fresh !== "OK") {
        metrics?.jobs.inc({ outcome: "duplicate-delivery" });
        return { status: "duplicate-delivery" };
      }
    }
    try {
      const latestKey = keys.latest(prKey(job));
      const latest = await redis.get(latestKey);
      const id = await chooseJobId(reviewKey(job), latest, opts.rerun ?? false);
      if (id === "duplicate") {
        metrics?.jobs.inc({ outcome: "duplicate-job" });
        return { status: "duplicate-job", jobId: latest ?? undefined };
      }
      const replaced = latest && latest !== id && PENDING_STATES.has(await queue.getJobState(latest));
      await redis.set(latestKey, id, "EX", LATEST_TTL_SECONDS);
      await queue.add("review", job, { jobId: id });
      metrics?.jobs.inc({ outcome: replaced ? "coalesced" : "queued" });
      return { status: replaced ? "coalesced" : "queued", jobId: id };
    } catch (err) {
      // Forget the delivery so a manual redelivery from GitHub's UI can still get through.
      if (opts.deliveryId) await redis.del(keys.delivery(opts.deliveryId)).catch(() => undefined);
      log.error({ err, delivery: opts.deliveryId }, "enqueue on Redis failed");
      throw err;
    }
  }

  async function enqueueReport(job: ReportJob): Promise<ReportEnqueueStatus> {
    const latestKey = keys.latestReport(reportPrKey(job));
    const previous = await redis.get(latestKey);
    // The id is made here and recorded as the newest before the add: a worker taking the job at
    // once must already see it as the newest.
    const id = `rp-${randomBytes(12).toString("hex")}`;
    await redis.set(latestKey, id, "EX", LATEST_TTL_SECONDS);
    await reports.add("report", job, { jobId: id });
    const replaced = previous !== null && PENDING_STATES.has(await reports.getJobState(previous));
    metrics?.reportJobs.inc({ outcome: replaced ? "replaced" : "queued" });
    return replaced ? "replaced" : "queued";
  }

  return {
    kind: "redis",
    queue,
    reports,
    enqueue,
    enqueueReport,
    /**
     * Reviews of other PRs of the report's installation wait or run (its own PR's review is still
     * finishing when it is queued). The first 100 pending reviews are looked at: enough to see a
     * burst, and a report waits for them only so long anyway.
     */
    async reviewsPending(report) {
      const counts = await queue.getJobCounts("active", "waiting", "prioritized");
      if (Object.values(counts).every((n) => n === 0)) return false;
      const pk = reportPrKey(report);
      const jobs = (await queue.getJobs(["active", "waiting", "prioritized"], 0, 99)).map(
        (j) => j?.data as ReviewJob | undefined,
      );
      return jobs.some((d) => d !== undefined && d.installationId === report.installationId && prKey(d) !== pk);
    },
    /** A review of another head of the PR waits or runs: it writes its own report. */
    async isStaleReport(job) {
      const latest = await redis.get(keys.latest(reportPrKey(job)));
      if (!latest) return false;
      const review = await queue.getJob(latest);
      if (!review || review.data.pull.head.sha === job.headSha) return false;
      return PENDING_STATES.has(await queue.getJobState(latest));
    },
    async isPending(job) {
      const latest = await redis.get(keys.latest(prKey(job)));
      if (!latest) return false;
      const queued = await queue.getJob(latest);
      if (!queued || queued.data.pull.head.sha !== job.pull.head.sha) return false;
      return PENDING_STATES.has(await queue.getJobState(latest));
    },
    async stats(): Promise<QueueStats> {
      const counts = await queue.getJobCounts("waiting", "active", "delayed", "prioritized");
      const [oldest] = await queue.getJobs(["waiting", "prioritized"], 0, 0, true);
      const r = await reports.getJobCounts("waiting", "active", "delayed", "prioritized");
      return {
        reports: { waiting: (r.waiting ?? 0) + (r.prioritized ?? 0), active: r.active ?? 0, delayed: r.delayed ?? 0 },
        waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
        active: counts.active ?? 0,
        delayed: counts.delayed ?? 0,
        oldestAgeMs: oldest ? Math.max(0, Date.now() - oldest.timestamp) : 0,
      };
    },
    async ping() {
      await redis.ping();
    },
    async close() {
      await queue.close();
      await reports.close();
    },
  };
}
