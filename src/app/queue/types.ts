/**
 * The review queue contract. The webhook handler validates an event, turns it into a
 * {@link ReviewJob} and enqueues it; a worker (in-process or `impactgate worker`) runs the review.
 * A job carries everything the review needs from the event, so a worker never re-reads the payload.
 */

/** The pull request as the event (or reconciliation) saw it. */
export interface PullSnapshot {
  number: number;
  title: string;
  body: string;
  base: { ref: string; sha: string };
  head: { ref: string; sha: string };
  /** Label names: label acknowledgements change the verdict, so they are part of the job key. */
  labels: string[];
}

export type JobReason = "event" | "rerequested" | "reconcile";

export interface ReviewJob {
  installationId: number;
  owner: string;
  repo: string;
  pull: PullSnapshot;
  reason: JobReason;
  /** The delivery that caused the job, for logs; absent for reconciliation. */
  deliveryId?: string;
  /** Review afresh even when findings for this head are known (Re-run, base branch changed). */
  force?: boolean;
  /** Epoch ms when first enqueued; the queue-age metric reads it. */
  enqueuedAt: number;
}

export interface EnqueueOptions {
  /** Marks the delivery seen; a second delivery with the same id is not enqueued again. */
  deliveryId?: string;
  /** Run again even when a job with the same key already finished (re-run requested, reconcile). */
  rerun?: boolean;
}

export type EnqueueStatus =
  /** A new job is waiting. */
  | "queued"
  /** A waiting job for the same PR was replaced: only the newest head SHA and body are reviewed. */
  | "coalesced"
  /** The same delivery id was seen before. */
  | "duplicate-delivery"
  /** A job with the same key (repo, PR, head SHA, description hash) is waiting, running or done. */
  | "duplicate-job";

export interface EnqueueResult {
  status: EnqueueStatus;
  jobId?: string;
}

/** What the runner reports back, for metrics. */
export interface ReviewOutcome {
  conclusion: string;
  findings: { ruleId: string }[];
}

/** Runs one review end to end (fetch, engine, report). Throws to ask for a retry. */
export type RunReview = (job: ReviewJob) => Promise<ReviewOutcome | void>;

export interface QueueStats {
  waiting: number;
  active: number;
  delayed: number;
  /** Age of the oldest waiting job, 0 when none waits. */
  oldestAgeMs: number;
}

export interface ReviewQueue {
  readonly kind: "embedded" | "redis";
  enqueue(job: ReviewJob, options?: EnqueueOptions): Promise<EnqueueResult>;
  /** True when a job for this PR and head SHA waits or runs (reconciliation skips it). */
  isPending(job: ReviewJob): Promise<boolean>;
  stats(): Promise<QueueStats>;
  /** Throws when the backing store is unreachable (readiness probe). */
  ping(): Promise<void>;
  /** Stops accepting jobs and finishes what runs (and, embedded, what waits) within `drainMs`. */
  close(options?: { drainMs?: number }): Promise<void>;
}
