import type { JobsOptions } from "bullmq";

/** Retry and retention for review jobs. `github` backoff reads retry-after (see retry-delay). */
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
