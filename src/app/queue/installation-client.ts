import type { InstallationOctokit as Octokit } from "../octokit.js";
import { instrumentOctokit } from "../ops/instrument-octokit.js";
import type { Metrics } from "../ops/metrics.js";
import { stopOnRateLimit } from "./stop-on-rate-limit.js";
import { useWriteLane } from "./write-lane.js";
import type { WriteLanes } from "./write-lane.js";

export interface InstallationClientOptions {
  /** `app.auth`: the installation client for a job. */
  auth: (installationId: number) => Promise<Octokit>;
  installationId: number;
  metrics?: Metrics;
  /** The process's lanes, shared by review and report jobs so verdicts keep going first. */
  lanes: WriteLanes;
}

/**
 * A job's installation client: counted in metrics, stopped at the first rate limit (the job then
 * throws it and the queue waits `retry-after`), and writing through the installation's lane.
 */
export async function installationClient({
  auth,
  installationId,
  metrics,
  lanes,
}: InstallationClientOptions): Promise<{ octokit: Octokit; rateLimit: { limited(): unknown } }> {
  const raw = await auth(installationId);
  const octokit = metrics ? instrumentOctokit(raw, metrics, installationId) : raw;
  const rateLimit = stopOnRateLimit(octokit);
  useWriteLane(octokit, lanes, installationId);
  return { octokit, rateLimit };
}
