import type { Logger } from "pino";
import type { InstallationOctokit as Octokit } from "../octokit.js";
import type { Metrics } from "../ops/metrics.js";
import { reportReview } from "../report/report-review.js";
import { installationClient } from "./installation-client.js";
import type { ReportJob, RunReport } from "./types.js";

export interface ReportRunnerOptions {
  auth: (installationId: number) => Promise<Octokit>;
  log: Logger;
  metrics?: Metrics;
}

/**
 * The worker's side of a report job: the sticky comment, watch-list review requests and labels of
 * a verdict already written. A rate limit (even the 403 that label sync would take for "forbidden")
 * is thrown so the queue retries after `retry-after`; the writes are idempotent, so a retry only
 * does what is left.
 */
export function reportRunner({ auth, log, metrics }: ReportRunnerOptions): RunReport {
  return async (job: ReportJob, { reuseComments }) => {
    const started = performance.now();
    const child = log.child({
      repo: `${job.owner}/${job.repo}`,
      pr: job.number,
      headSha: job.headSha,
      delivery: job.deliveryId,
    });
    const { octokit, rateLimit } = await installationClient({
      auth,
      installationId: job.installationId,
      metrics,
    });
    const { comments, ...rest } = job.plan;
    const plan = reuseComments && comments ? { ...rest, comments } : rest;
    try {
      const result = await reportReview(octokit, plan);
      if (rateLimit.limited() !== undefined) throw rateLimit.limited();
      if (result.labels.forbidden)
        child.warn("GitHub refused the label write (403); see docs/permissions.md — the verdict stands");
      child.info(
        { ...result, ms: Math.round(performance.now() - started), waitedMs: Date.now() - job.enqueuedAt },
        "comment and labels reported",
      );
      return result;
    } catch (err) {
      const cause = rateLimit.limited() ?? err;
      child.warn({ err: cause, ms: Math.round(performance.now() - started) }, "report failed");
      throw cause;
    }
  };
}
