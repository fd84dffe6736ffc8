import type { InstallationOctokit as Octokit } from "../octokit.js";
import { instrumentOctokit } from "../ops/instrument-octokit.js";
import type { Metrics } from "../ops/metrics.js";
import { stopOnRateLimit } from "./stop-on-rate-limit.js";

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
