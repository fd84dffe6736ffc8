import type { Logger } from "pino";
import type { Metrics } from "../ops/metrics.js";
import { reportPrKey } from "./job-key.js";
import { isPermanent, retryDelayMs } from "./retry-delay.js";
import type { ReportEnqueueStatus, ReportJob, RunReport } from "./types.js";

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

interface Entry {
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
  const waiting = new Map<string, Entry>();
  const running = new Map<string, Entry>();
  const delayed = new Map<string, { entry: Entry; timer: NodeJS.Timeout }>();
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

  async function runEntry(pk: string, entry: Entry): Promise<void> {
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

  function retryOrFail(pk: string, entry: Entry, err: unknown): void {
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
