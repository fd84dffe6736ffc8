import path from "node:path";
import type { Logger } from "pino";
import type { Detector } from "../../engine/types.js";
import { CONFIG_FILE } from "../gate-context.js";
import type { GateContext } from "../gate-context.js";
import { createReviewCache } from "../known/review-cache.js";
import type { ReviewCache } from "../known/review-cache.js";
import type { Octokit } from "../octokit.js";
import { instrumentOctokit } from "../ops/instrument-octokit.js";
import type { Metrics } from "../ops/metrics.js";
import { graphqlContentFetcher } from "../github-source/graphql-contents.js";
import { runGate } from "../run-gate.js";
import { readConfigText } from "../security/config-text.js";
import type { PullTarget } from "../target.js";
import { stopOnRateLimit } from "./stop-on-rate-limit.js";
import { createWriteLanes, useWriteLane } from "./write-lane.js";
import type { ReviewJob, RunReview } from "./types.js";

export interface GateRunnerOptions {
  /** `app.auth`: the installation client for a job. */
  auth: (installationId: number) => Promise<Octokit>;
  log: Logger;
  metrics?: Metrics;
  cache?: ReviewCache;
  /** `graphql` (default): blobs 50 a request; `rest`: one request per file version. */
  contents?: "graphql" | "rest";
  /** Spacing of content-creating requests per installation (default 1000 ms, GitHub's ask). */
  writeGapMs?: number;
  /** Defaults to the registry; tests pass a subset. */
  detectors?: readonly Detector[];
}

/**
 * The worker's side of a job: an installation client (counted in metrics), the gate context a
 * webhook would have given, and the gate itself. Rate-limited runs throw so the queue retries them
 * after `retry-after`; every other failure is reported on the check run by the gate.
 */
export function gateRunner({ auth, log, metrics, cache = createReviewCache(), detectors, contents = "graphql", writeGapMs = 1000 }: GateRunnerOptions): RunReview {
  // One lane per installation for the whole process: verdicts of all its PRs before any comment.
  const lanes = createWriteLanes(writeGapMs);
  return async (job: ReviewJob) => {
    const raw = await auth(job.installationId);
    const octokit = metrics ? instrumentOctokit(raw, metrics, job.installationId) : raw;
    const rateLimit = stopOnRateLimit(octokit);
    useWriteLane(octokit, lanes, job.installationId);
    const ctx: GateContext = {
      octokit,
      log,
      delivery: job.deliveryId ?? `${job.reason}-${job.enqueuedAt}`,
      readConfig: () => readConfig(octokit, job),
      readConfigText: () => readConfigText(octokit, { owner: job.owner, repo: job.repo }),
    };
    const target: PullTarget = { owner: job.owner, repo: job.repo, ...job.pull };
    const result = await runGate(ctx, target, { cache, detectors, fetcher: contents === "graphql" ? graphqlContentFetcher(octokit, job) : undefined, force: job.force ?? job.reason === "rerequested", since: job.enqueuedAt });
    if (rateLimit.limited() !== undefined) throw rateLimit.limited();
    if (!result) return { conclusion: "failure", findings: [] };
    return { conclusion: result.review.conclusion, findings: result.review.findings };
  };
}

/** What `context.config()` does, without a webhook context: default branch, `_extends` resolved. */
async function readConfig(octokit: Octokit, job: ReviewJob): Promise<unknown> {
  const { config, files } = await octokit.config.get({ owner: job.owner, repo: job.repo, path: path.posix.join(".github", CONFIG_FILE) });
  return files.some((f) => f.config !== null) ? config : null;
}
