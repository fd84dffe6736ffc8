/**
 * What the two queues share about a job: its keys (one job per PR and head, supersession),
 * the retry policy (GitHub's retry-after, permanent errors), the error of a full queue, and running
 * one review job with its metrics.
 */
import { createHash } from "node:crypto";
import type { PullSnapshot, ReviewJob, EnqueueReport, RunReview } from "./types.js";
import type { Logger } from "pino";
import type { Metrics } from "../ops/metrics.js";

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Hash of what the verdict reads from the PR besides the code: title, body and labels. */
export function descriptionHash(pull: PullSnapshot): string {
  const labels = [...pull.labels].sort().join("\n");
  return sha256(`${pull.title}\u0000${pull.body}\u0000${labels}`).slice(0, 16);
}

/** One PR: events for the same PR coalesce on this key. */
export function prKey(job: { owner: string; repo: string; pull: { number: number } }): string {
  return `${job.owner}/${job.repo}#${job.pull.number}`.toLowerCase();
}

/** The idempotency key: (repo, PR, head SHA, description hash). */
export function reviewKey(job: Pick<ReviewJob, "owner" | "repo" | "pull">): string {
  return `${prKey(job)}@${job.pull.head.sha}/${descriptionHash(job.pull)}`;
}

/** The PR of a report job, on the same key as its reviews. */
export function reportPrKey(job: { owner: string; repo: string; number: number }): string {
  return prKey({ owner: job.owner, repo: job.repo, pull: { number: job.number } });
}

/** BullMQ job ids may not contain `:`, and keys can be long: use a digest of the key. */
export function jobIdFor(key: string, rerunNonce?: string): string {
  const id = `rv-${sha256(key).slice(0, 24)}`;
  return rerunNonce ? `${id}-${rerunNonce}` : id;
}

/** The parts of an Octokit RequestError the retry policy reads. */
interface HttpishError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined> };
}

const MAX_BACKOFF_MS = 10 * 60_000;

/**
 * How long to wait before retrying a failed review. GitHub tells us for rate limits: honour
 * `retry-after` (secondary limits; Probot's throttle only logs those) or the primary limit's reset
 * time; anything else backs off exponentially from `baseMs`.
 */
export function retryDelayMs(err: unknown, attemptsMade: number, baseMs: number, now = Date.now()): number {
  const e = (err ?? {}) as HttpishError;
  const headers = e.response?.headers ?? {};
  const retryAfter = Number(headers["retry-after"]);
  if (Number.isFinite(retryAfter) && retryAfter >= 0) return Math.min(retryAfter * 1000 + 250, MAX_BACKOFF_MS);
  if ((e.status === 403 || e.status === 429) && String(headers["x-ratelimit-remaining"]) === "0") {
    const reset = Number(headers["x-ratelimit-reset"]) * 1000;
    if (Number.isFinite(reset) && reset > now) return Math.min(reset - now + 1000, MAX_BACKOFF_MS);
  }
  if (e.status === 403 && /secondary rate limit/i.test(e.message ?? "")) return Math.min(60_000, MAX_BACKOFF_MS);
  const exp = baseMs * 2 ** Math.max(0, attemptsMade - 1);
  return Math.min(exp, MAX_BACKOFF_MS);
}

/** Errors a retry cannot fix: the job fails at once instead of burning its attempts. */
export function isPermanent(err: unknown): boolean {
  const status = (err as HttpishError | null)?.status;
  return status === 401 || status === 404 || status === 410 || status === 422;
}

/** A primary or secondary rate limit: retry after GitHub's delay instead of reporting a failure. */
export function isRateLimited(err: unknown): boolean {
  const e = (err ?? {}) as HttpishError;
  if (e.status === 429) return true;
  if (e.status !== 403) return false;
  const headers = e.response?.headers ?? {};
  return (
    headers["retry-after"] !== undefined ||
    String(headers["x-ratelimit-remaining"]) === "0" ||
    /rate limit/i.test(e.message ?? "")
  );
}

/** The embedded queue stayed full for the whole enqueue wait; the caller answers 503. */
export class QueueFullError extends Error {
  constructor(readonly maxSize: number) {
    super(`review queue is full (${maxSize} waiting); reconciliation will pick the PR up later`);
    this.name = "QueueFullError";
  }
}

export interface ExecuteJobOptions {
  job: ReviewJob;
  run: RunReview;
  metrics?: Metrics;
  log: Logger;
  /** The queue's report jobs: given to the runner so the review ends at its verdict. */
  enqueueReport?: EnqueueReport;
}

/** Runs one review and records its conclusion, duration and findings; rethrows so the queue retries. */
export async function executeJob({ job, run, metrics, log, enqueueReport }: ExecuteJobOptions): Promise<void> {
  const started = performance.now();
  const child = log.child({
    repo: `${job.owner}/${job.repo}`,
    pr: job.pull.number,
    headSha: job.pull.head.sha,
    delivery: job.deliveryId,
  });
  try {
    const outcome = await run(job, enqueueReport);
    const seconds = (performance.now() - started) / 1000;
    const conclusion = outcome?.conclusion ?? "unknown";
    metrics?.reviews.inc({ conclusion });
    metrics?.reviewDuration.observe({ conclusion }, seconds);
    for (const f of outcome?.findings ?? []) metrics?.findings.inc({ rule: f.ruleId });
    child.info({ conclusion, durationMs: Math.round(seconds * 1000), reason: job.reason }, "review done");
  } catch (err) {
    child.warn({ err, durationMs: Math.round(performance.now() - started) }, "review failed");
    throw err;
  }
}
