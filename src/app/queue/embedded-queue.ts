/**
 * The in-process queue (no Redis): review jobs per PR key with supersession, a bounded
 * wait for room, retries with the shared policy, and its pool of report jobs.
 */
import type { Logger } from "pino";
import type { Metrics } from "../ops/metrics.js";
import {
  executeJob,
  jobIdFor,
  prKey,
  reportPrKey,
  reviewKey,
  QueueFullError,
  isPermanent,
  retryDelayMs,
} from "./jobs.js";
import type {
  EnqueueOptions,
  EnqueueResult,
  QueueStats,
  ReportJob,
  ReviewJob,
  ReviewQueue,
  RunReport,
  RunReview,
  ReportEnqueueStatus,
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

export interface ReportPoolOptions {
  run: RunReport;
  log: Logger;
  metrics?: Metrics;
  concurrency: number;
  attempts: number;
  backoffMs: number;
  /** True when a review of another head of the PR waits or runs: that review writes its own report. */
  isStale(job: ReportJob): boolean;
  /** Called whenever the pool may have become idle (the queue's drain waits on it). */
  onSettled(): void;
}

interface ReportEntry {
  job: ReportJob;
  attempts: number;
}

/**
 * The embedded queue's report jobs, in a pool of their own so a comment waiting in Probot's 3 s
 * comment limiter never holds a review slot. One report per PR waits (a newer one replaces it) and
 * one per PR runs at a time (two at once could both create the sticky comment).
 */
export function createReportPool(options: ReportPoolOptions) {
  const { run, log, metrics, concurrency, attempts, backoffMs, isStale, onSettled } = options;
  const waiting = new Map<string, ReportEntry>();
  const running = new Map<string, ReportEntry>();
  const delayed = new Map<string, { entry: ReportEntry; timer: NodeJS.Timeout }>();
  // When a report of the PR last ended: a plan whose review started before that read stale comments.
  const lastEnded = new Map<string, number>();
  let closed = false;

  function pump(): void {
    for (const [pk, entry] of waiting) {
      if (running.size >= concurrency) break;
      if (running.has(pk)) continue;
      waiting.delete(pk);
      if (isStale(entry.job)) {
        metrics?.reportJobs.inc({ outcome: "stale" });
        log.info(
          { pr: pk, headSha: entry.job.headSha },
          "report dropped: a review of a newer head is pending and writes its own",
        );
        continue;
      }
      running.set(pk, entry);
      void runEntry(pk, entry);
    }
    onSettled();
  }

  async function runEntry(pk: string, entry: ReportEntry): Promise<void> {
    entry.attempts++;
    const reuseComments = entry.attempts === 1 && (lastEnded.get(pk) ?? -Infinity) < entry.job.reviewStartedAt;
    try {
      await run(entry.job, { reuseComments });
      metrics?.reportJobs.inc({ outcome: "completed" });
    } catch (err) {
      retryOrFail(pk, entry, err);
    } finally {
      lastEnded.delete(pk);
      lastEnded.set(pk, Date.now());
      if (lastEnded.size > 100_000) lastEnded.delete(lastEnded.keys().next().value!);
      running.delete(pk);
      pump();
    }
  }

  function retryOrFail(pk: string, entry: ReportEntry, err: unknown): void {
    if (waiting.has(pk)) return void metrics?.reportJobs.inc({ outcome: "superseded" });
    if (closed || entry.attempts >= attempts || isPermanent(err)) {
      metrics?.reportJobs.inc({ outcome: "failed" });
      log.error(
        { err, pr: pk, headSha: entry.job.headSha, attempts: entry.attempts },
        "report job failed for good; the verdict stands, the next review writes the comment",
      );
      return;
    }
    metrics?.reportJobs.inc({ outcome: "retried" });
    const timer = setTimeout(
      () => {
        delayed.delete(pk);
        if (!waiting.has(pk)) waiting.set(pk, entry);
        pump();
      },
      retryDelayMs(err, entry.attempts, backoffMs),
    );
    timer.unref();
    delayed.set(pk, { entry, timer });
  }

  return {
    enqueue(job: ReportJob): ReportEnqueueStatus {
      const pk = reportPrKey(job);
      const d = delayed.get(pk);
      if (d) {
        clearTimeout(d.timer);
        delayed.delete(pk);
      }
      const replaced = waiting.has(pk) || d !== undefined;
      waiting.set(pk, { job, attempts: 0 });
      metrics?.reportJobs.inc({ outcome: replaced ? "replaced" : "queued" });
      pump();
      return replaced ? "replaced" : "queued";
    },
    idle: () => waiting.size === 0 && running.size === 0,
    stats: () => ({ waiting: waiting.size, active: running.size, delayed: delayed.size }),
    /** Drops retries still backing off (the next review of the PR writes its report); waiting and running ones drain. */
    close(): number {
      closed = true;
      for (const { timer } of delayed.values()) clearTimeout(timer);
      const dropped = delayed.size;
      delayed.clear();
      return dropped;
    },
  };
}

/** A set whose members are forgotten after `ttlMs`; bounded so a flood cannot grow it forever. */
export class ExpiringSet {
  readonly #expiry = new Map<string, number>();

  constructor(
    readonly ttlMs: number,
    readonly maxSize = 100_000,
  ) {}

  /** Adds `key`; false when it was already there (like Redis `SET NX`). */
  addIfAbsent(key: string, now = Date.now()): boolean {
    const until = this.#expiry.get(key);
    if (until !== undefined && until > now) return false;
    this.#expiry.delete(key);
    this.#expiry.set(key, now + this.ttlMs);
    this.#evict(now);
    return true;
  }

  has(key: string, now = Date.now()): boolean {
    return (this.#expiry.get(key) ?? 0) > now;
  }

  delete(key: string): void {
    this.#expiry.delete(key);
  }

  #evict(now: number): void {
    // Map keeps insertion order, so the oldest entries come first.
    for (const [key, until] of this.#expiry) {
      if (until > now && this.#expiry.size <= this.maxSize) break;
      this.#expiry.delete(key);
    }
  }
}
