import type { Logger } from "pino";
import type { Metrics } from "../ops/metrics.js";
import { createReportPool } from "./embedded-report-pool.js";
import { executeJob } from "./execute-job.js";
import { ExpiringSet } from "./expiring-set.js";
import { jobIdFor, prKey, reportPrKey, reviewKey } from "./job-key.js";
import { QueueFullError } from "./queue-full-error.js";
import { isPermanent, retryDelayMs } from "./retry-delay.js";
import type {
  EnqueueOptions,
  EnqueueResult,
  QueueStats,
  ReportJob,
  ReviewJob,
  ReviewQueue,
  RunReport,
  RunReview,
} from "./types.js";

export interface EmbeddedQueueOptions {
  run: RunReview;
  log: Logger;
  metrics?: Metrics;
  /** Reviews running at once (default 8: a review mostly waits on GitHub). */
  concurrency?: number;
  /** PRs waiting (or waiting to retry) before enqueue pushes back (default 1000). */
  maxSize?: number;
  /** How long enqueue waits for room before QueueFullError (default 5 s: webhooks must answer in 10 s). */
  enqueueWaitMs?: number;
  /** Tries per job, including the first (default 5). */
  attempts?: number;
  /** First retry delay; doubles per attempt unless GitHub sent retry-after (default 1 s). */
  backoffMs?: number;
  /** How long a delivery id is remembered (default 24 h). */
  deliveryTtlMs?: number;
  /** Writes comment and labels as report jobs after the verdict; without it the review writes them. */
  runReport?: RunReport;
  /** Report jobs running at once, in their own pool (default: `concurrency`). */
  reportConcurrency?: number;
}

interface Entry {
  id: string;
  key: string;
  job: ReviewJob;
  attempts: number;
  /** When the PR started waiting; coalescing keeps the first time so the age metric stays honest. */
  since: number;
}

/**
 * The default queue: in-process, no Redis. One entry per PR waits at a time (newer events replace
 * it), a PR never runs twice at once, and a full queue makes enqueue wait, then refuse.
 */
export function createEmbeddedQueue(options: EmbeddedQueueOptions): ReviewQueue {
  const { run, log, metrics } = options;
  const concurrency = options.concurrency ?? 8;
  const maxSize = options.maxSize ?? 1000;
  const enqueueWaitMs = options.enqueueWaitMs ?? 5000;
  const attempts = options.attempts ?? 5;
  const backoffMs = options.backoffMs ?? 1000;
  const deliveries = new ExpiringSet(options.deliveryTtlMs ?? 24 * 3600_000);
  const waiting = new Map<string, Entry>();
  const running = new Map<string, Entry>();
  const delayed = new Map<string, { entry: Entry; timer: NodeJS.Timeout }>();
  const lastDone = new Map<string, string>();
  let spaceWaiters: (() => void)[] = [];
  let idleWaiters: (() => void)[] = [];
  let closed = false;
  let seq = 0;

  const size = () => waiting.size + delayed.size;
  const idle = () => waiting.size === 0 && running.size === 0 && (reports?.idle() ?? true);
  const reviewPending = (pk: string) => waiting.get(pk) ?? running.get(pk) ?? delayed.get(pk)?.entry;
  const reports = options.runReport
    ? createReportPool({
        run: options.runReport,
        log,
        metrics,
        concurrency: options.reportConcurrency ?? concurrency,
        attempts,
        backoffMs,
        // Only ANOTHER head makes it stale: the report's own review is still running when it is queued.
        isStale: (job: ReportJob) => {
          const pending = reviewPending(reportPrKey(job));
          return pending !== undefined && pending.job.pull.head.sha !== job.headSha;
        },
        onSettled: () => void (idle() && wake(idleWaiters)),
      })
    : undefined;
  const enqueueReport = reports ? async (job: ReportJob) => reports.enqueue(job) : undefined;
  const wake = (list: (() => void)[]) => list.splice(0).forEach((f) => f());

  function pump(): void {
    for (const [pk, entry] of waiting) {
      if (running.size >= concurrency) break;
      if (running.has(pk)) continue;
      waiting.delete(pk);
      running.set(pk, entry);
      void runEntry(pk, entry);
    }
    wake(spaceWaiters);
    if (idle()) wake(idleWaiters);
  }

  async function runEntry(pk: string, entry: Entry): Promise<void> {
    entry.attempts++;
    try {
      await executeJob({ job: entry.job, run, metrics, log, enqueueReport });
      remember(pk, entry.key);
      metrics?.jobs.inc({ outcome: "completed" });
    } catch (err) {
      retryOrFail(pk, entry, err);
    } finally {
      running.delete(pk);
      pump();
    }
  }

  function retryOrFail(pk: string, entry: Entry, err: unknown): void {
    if (waiting.has(pk)) return void metrics?.jobs.inc({ outcome: "superseded" });
    if (closed || entry.attempts >= attempts || isPermanent(err)) {
      metrics?.jobs.inc({ outcome: "failed" });
      log.error(
        { err, jobId: entry.id, attempts: entry.attempts },
        "review job failed for good; reconciliation will retry the PR",
      );
      return;
    }
    const delay = retryDelayMs(err, entry.attempts, backoffMs);
    metrics?.jobs.inc({ outcome: "retried" });
    const timer = setTimeout(() => {
      delayed.delete(pk);
      if (!waiting.has(pk)) waiting.set(pk, entry);
      pump();
    }, delay);
    timer.unref();
    delayed.set(pk, { entry, timer });
  }

  function remember(pk: string, key: string): void {
    lastDone.delete(pk);
    lastDone.set(pk, key);
    if (lastDone.size > 100_000) lastDone.delete(lastDone.keys().next().value!);
  }

  function isDuplicate(pk: string, key: string): boolean {
    const w = waiting.get(pk) ?? delayed.get(pk)?.entry;
    if (w) return w.key === key;
    const r = running.get(pk);
    if (r) return r.key === key;
    return lastDone.get(pk) === key;
  }

  async function waitForRoom(): Promise<boolean> {
    const deadline = Date.now() + enqueueWaitMs;
    while (size() >= maxSize && !closed) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        spaceWaiters.push(() => (clearTimeout(t), resolve()));
      });
    }
    return !closed;
  }

  async function enqueue(job: ReviewJob, opts: EnqueueOptions = {}): Promise<EnqueueResult> {
    if (closed) throw new Error("review queue is shutting down");
    if (opts.deliveryId && !deliveries.addIfAbsent(opts.deliveryId)) {
      metrics?.jobs.inc({ outcome: "duplicate-delivery" });
      return { status: "duplicate-delivery" };
    }
    const pk = prKey(job);
    const key = reviewKey(job);
    const id = jobIdFor(key, opts.rerun ? String(++seq) : undefined);
    if (!opts.rerun && isDuplicate(pk, key)) {
      metrics?.jobs.inc({ outcome: "duplicate-job" });
      return { status: "duplicate-job", jobId: jobIdFor(key) };
    }
    const previous = waiting.get(pk) ?? delayed.get(pk)?.entry;
    if (previous) {
      const d = delayed.get(pk);
      if (d) {
        clearTimeout(d.timer);
        delayed.delete(pk);
      }
      waiting.set(pk, { id, key, job, attempts: 0, since: previous.since });
      metrics?.jobs.inc({ outcome: "coalesced" });
      pump();
      return { status: "coalesced", jobId: id };
    }
    if (!(await waitForRoom())) {
      if (opts.deliveryId) deliveries.delete(opts.deliveryId);
      metrics?.jobs.inc({ outcome: "rejected-full" });
      throw new QueueFullError(maxSize);
    }
    waiting.set(pk, { id, key, job, attempts: 0, since: Date.now() });
    pump();
    return { status: "queued", jobId: id };
  }

  return {
    kind: "embedded",
    enqueue,
    async enqueueReport(job) {
      if (!reports) throw new Error("this queue writes reports inside the review (no runReport)");
      return reports.enqueue(job);
    },
    async isPending(job) {
      return reviewPending(prKey(job))?.job.pull.head.sha === job.pull.head.sha;
    },
    async stats(): Promise<QueueStats> {
      let oldest = Infinity;
      for (const e of waiting.values()) oldest = Math.min(oldest, e.since);
      return {
        waiting: waiting.size,
        active: running.size,
        delayed: delayed.size,
        oldestAgeMs: waiting.size ? Date.now() - oldest : 0,
        ...(reports ? { reports: reports.stats() } : {}),
      };
    },
    async ping() {},
    async close({ drainMs = 25_000 } = {}) {
      closed = true;
      wake(spaceWaiters);
      for (const { timer } of delayed.values()) clearTimeout(timer);
      if (delayed.size)
        log.warn({ dropped: delayed.size }, "retries dropped at shutdown; reconciliation will pick the PRs up");
      delayed.clear();
      const reportsDropped = reports?.close() ?? 0;
      if (reportsDropped)
        log.warn(
          { dropped: reportsDropped },
          "report retries dropped at shutdown; the verdicts stand, the next review writes the comments",
        );
      if (idle()) return;
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, drainMs);
        t.unref();
        idleWaiters.push(() => (clearTimeout(t), resolve()));
      });
      if (!idle())
        log.warn(
          { waiting: waiting.size, running: running.size, reports: reports?.stats() },
          "queue not drained before the deadline",
        );
      idleWaiters = [];
      spaceWaiters = [];
    },
  };
}
