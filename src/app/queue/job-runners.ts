/**
 * What a job does when it runs: an installation client (metrics, write lanes, stop on the first
 * rate limit), then the gate for a review job or the report for a report job.
 */
import type { Octokit as AnyOctokit, InstallationOctokit as Octokit } from "../octokit.js";
import { isRateLimited } from "./jobs.js";
import { instrumentOctokit } from "../ops/instrument-octokit.js";
import type { Metrics } from "../ops/metrics.js";
import type { Logger } from "pino";
import type { Detector } from "../../engine/types.js";
import type { DetectorEntry } from "../../engine/registry.js";
import type { Analyze } from "../../isolation/analysis-pool.js";
import { clientGateContext } from "../gate-context.js";
import { createReviewCache } from "../known/review-cache.js";
import type { ReviewCache } from "../known/review-cache.js";
import { findSticky } from "../report/sticky-comment.js";
import { reportReview } from "../report/report-review.js";
import type { ReportPlan } from "../report/report-review.js";
import { runGate } from "../run-gate.js";
import type { PullTarget } from "../target.js";
import type { EnqueueReport, ReviewJob, RunReview, ReportJob, RunReport } from "./types.js";

/**
 * After the first rate-limited response, every later request of this client fails with that same
 * error without reaching GitHub: the gate's own failure report is then not written (a rate-limited
 * job is not a failed review), and `limited()` tells the runner to throw it so the queue retries
 * after `retry-after`.
 */
export function stopOnRateLimit(octokit: AnyOctokit): { limited(): unknown } {
  let first: unknown;
  octokit.hook.wrap("request", async (request, options) => {
    if (first !== undefined) throw first;
    try {
      return await request(options);
    } catch (err) {
      if (isRateLimited(err)) first = err;
      throw err;
    }
  });
  return { limited: () => first };
}

export interface InstallationClientOptions {
  /** `app.auth`: the installation client for a job. */
  auth: (installationId: number) => Promise<Octokit>;
  installationId: number;
  metrics?: Metrics;
}

/**
 * A job's installation client: counted in metrics, stopped at the first rate limit (the job then
 * throws it and the queue waits `retry-after`). Its requests are paced by the Octokit class the
 * process gave Probot (request-pacing.ts): verdicts before comments, queries beside writes.
 */
export async function installationClient({
  auth,
  installationId,
  metrics,
}: InstallationClientOptions): Promise<{ octokit: Octokit; rateLimit: { limited(): unknown } }> {
  const raw = await auth(installationId);
  const octokit = metrics ? instrumentOctokit(raw, metrics, installationId) : raw;
  const rateLimit = stopOnRateLimit(octokit);
  return { octokit, rateLimit };
}

export interface GateRunnerOptions {
  /** `app.auth`: the installation client for a job. */
  auth: (installationId: number) => Promise<Octokit>;
  log: Logger;
  metrics?: Metrics;
  cache?: ReviewCache;
  /** Defaults to the registry; tests pass a subset. */
  detectors?: readonly (Detector | DetectorEntry)[];
  /** The process's analysis pool (src/isolation); the engine runs in this process without one. */
  analyze?: Analyze;
  /** The stale-head guard's threshold (`runGate`'s `staleAfterMs`); tests not about it pass their own. */
  staleAfterMs?: number;
}

/**
 * The worker's side of a job: an installation client (counted in metrics), the gate context a
 * webhook would have given, and the gate itself. Rate-limited runs throw so the queue retries them
 * after `retry-after`; every other failure is reported on the check run by the gate.
 */
export function gateRunner({
  auth,
  log,
  metrics,
  cache = createReviewCache(),
  detectors,
  analyze,
  staleAfterMs,
}: GateRunnerOptions): RunReview {
  return async (job: ReviewJob, enqueueReport?: EnqueueReport) => {
    const started = Date.now();
    const { octokit, rateLimit } = await installationClient({
      auth,
      installationId: job.installationId,
      metrics,
    });
    const ctx = clientGateContext(
      octokit,
      { owner: job.owner, repo: job.repo },
      { log, delivery: job.deliveryId ?? `${job.reason}-${job.enqueuedAt}`, installation: job.installationId },
    );
    const target: PullTarget = { owner: job.owner, repo: job.repo, ...job.pull };
    const deferReport = enqueueReport && deferTo(enqueueReport, { job, started, octokit, log });
    const result = await runGate(ctx, target, {
      cache,
      detectors,
      analyze,
      deferReport,
      force: job.force ?? job.reason === "rerequested",
      since: job.enqueuedAt,
      staleAfterMs,
    });
    if (rateLimit.limited() !== undefined) throw rateLimit.limited();
    if (!result) return { conclusion: "failure", findings: [] };
    return { conclusion: result.review.conclusion, findings: result.review.findings };
  };
}

/**
 * The gate's `deferReport`: the comment and labels become a report job, so this review ends at its
 * verdict. If the queue refuses it (Redis down), they are written here, as without a queue.
 * Of the comments the review read, only our sticky comment goes into the job: it is all the report
 * reads from them, and a busy PR's hundreds of comments would otherwise ride along in Redis.
 */
function deferTo(
  enqueueReport: EnqueueReport,
  { job, started, octokit, log }: { job: ReviewJob; started: number; octokit: Octokit; log: Logger },
) {
  return async (plan: ReportPlan): Promise<void> => {
    const { installationId, owner, repo, deliveryId } = job;
    const sticky = plan.comments && findSticky(plan.comments);
    const carried = plan.comments ? { ...plan, comments: sticky ? [sticky] : [] } : plan;
    try {
      await enqueueReport({
        installationId,
        owner,
        repo,
        number: job.pull.number,
        headSha: job.pull.head.sha,
        plan: carried,
        enqueuedAt: Date.now(),
        reviewStartedAt: started,
        deliveryId,
      });
    } catch (err) {
      log.warn(
        { err, repo: `${owner}/${repo}`, pr: job.pull.number, delivery: deliveryId },
        "report job not queued; writing comment and labels in the review",
      );
      await reportReview(octokit, plan);
    }
  };
}

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
