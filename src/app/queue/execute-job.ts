import type { Logger } from "pino";
import type { Metrics } from "../ops/metrics.js";
import type { EnqueueReport, ReviewJob, RunReview } from "./types.js";

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
