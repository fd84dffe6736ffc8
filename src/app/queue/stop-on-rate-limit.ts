import type { Octokit } from "../octokit.js";
import { isRateLimited } from "./retry-delay.js";

/**
 * After the first rate-limited response, every later request of this client fails with that same
 * error without reaching GitHub: the gate's own failure report is then not written (a rate-limited
 * job is not a failed review), and `limited()` tells the runner to throw it so the queue retries
 * after `retry-after`.
 */
export function stopOnRateLimit(octokit: Octokit): { limited(): unknown } {
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
