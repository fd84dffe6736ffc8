import type { ProbotOctokit } from "probot";
import type { Metrics } from "./metrics.js";

interface Response {
  status: number;
  headers: Record<string, string | number | undefined>;
}

/**
 * Counts every GitHub request by route template (`GET /repos/{owner}/{repo}/pulls/{pull_number}/files`,
 * low cardinality) and status, and records the rate limit left for the installation.
 */
export function instrumentOctokit<T extends InstanceType<typeof ProbotOctokit>>(
  octokit: T,
  metrics: Metrics,
  installation: string | number = "app",
): T {
  octokit.hook.wrap("request", async (request, options) => {
    const route = `${options.method ?? "GET"} ${options.url ?? "?"}`;
    try {
      const response = await request(options);
      record(metrics, route, response.status, response.headers, installation);
      return response;
    } catch (err) {
      const e = err as { status?: number; response?: Response };
      record(metrics, route, e.status ?? 0, e.response?.headers, installation);
      throw err;
    }
  });
  return octokit;
}

function record(
  metrics: Metrics,
  route: string,
  status: number,
  headers: Response["headers"] | undefined,
  installation: string | number,
): void {
  metrics.githubRequests.inc({ route, status: String(status) });
  const remaining = Number(headers?.["x-ratelimit-remaining"]);
  if (Number.isFinite(remaining)) metrics.rateLimitRemaining.set({ installation: String(installation) }, remaining);
}
