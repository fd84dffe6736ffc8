import type { ReportPlan, ReportResult } from "../report/report-review.js";

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
  /** The event did not move the head: the review asks for known findings before reading files (PullTarget). */
  headUnchanged?: boolean;
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

/**
 * The writes after a verdict (sticky comment, watch-list review requests, labels) as their own
 * low-priority job: a review ends at its check run, and its comment no longer holds a review slot.
 * The plan is plain JSON (it can be large: the whole review; Redis stores it as the job's data).
 */
export interface ReportJob {
  installationId: number;
  owner: string;
  repo: string;
  number: number;
  /** The head the verdict was for: a report is dropped when a review of another head is pending. */
  headSha: string;
  plan: ReportPlan;
  /** Epoch ms when enqueued. */
  enqueuedAt: number;
  /** Epoch ms when the review that made the plan started: `plan.comments` were read after it. */
  reviewStartedAt: number;
  deliveryId?: string;
}

export type ReportEnqueueStatus =
  /** A new report job is waiting. */
  | "queued"
  /** A waiting report for the same PR was replaced: only the newest is written. */
  | "replaced";

/** Hands a report job to the queue that runs the review (given to RunReview by the queue). */
export type EnqueueReport = (job: ReportJob) => Promise<ReportEnqueueStatus>;

/** Runs one review end to end (fetch, engine, verdict; the report too unless `enqueueReport` takes it). Throws to ask for a retry. */
export type RunReview = (job: ReviewJob, enqueueReport?: EnqueueReport) => Promise<ReviewOutcome | void>;

export interface RunReportOptions {
  /**
   * False when `plan.comments` may be out of date: a retry (the first try may have created the
   * comment) or another report for the PR ran since the review read them. The comments are then
   * listed again, so a second sticky comment is never created.
   */
  reuseComments: boolean;
}

/** Writes one report (comment, review requests, labels). Throws to ask for a retry. */
export type RunReport = (job: ReportJob, options: RunReportOptions) => Promise<ReportResult | void>;

export interface QueueStats {
  waiting: number;
  active: number;
  delayed: number;
  /** Age of the oldest waiting job, 0 when none waits. */
  oldestAgeMs: number;
  /** Report jobs (comment and labels), when the queue runs them. */
  reports?: { waiting: number; active: number; delayed: number };
}

export interface ReviewQueue {
  readonly kind: "embedded" | "redis";
  enqueue(job: ReviewJob, options?: EnqueueOptions): Promise<EnqueueResult>;
  /** Queues the comment and label writes after a verdict (newest per PR); accepted while draining. */
  enqueueReport(job: ReportJob): Promise<ReportEnqueueStatus>;
  /** True when a job for this PR and head SHA waits or runs (reconciliation skips it). */
  isPending(job: ReviewJob): Promise<boolean>;
  stats(): Promise<QueueStats>;
  /** Throws when the backing store is unreachable (readiness probe). */
  ping(): Promise<void>;
  /** Stops accepting jobs and finishes what runs (and, embedded, what waits) within `drainMs`. */
  close(options?: { drainMs?: number }): Promise<void>;
}
