import type { Octokit } from "../octokit.js";
import type { UpstreamRepo } from "./resolve-upstream.js";

interface Options {
  octokit: Octokit;
  upstream: UpstreamRepo;
  /** The fork's owner and the branch the PR merges into. */
  forkOwner: string;
  forkBranch: string;
}

/**
 * Commits the fork's branch is ahead of / behind the upstream branch, from ONE compare call
 * across the fork network (`upstreamOwner:branch...forkOwner:branch`, one commit per page since
 * only the counts are read). Undefined when GitHub cannot compare them (no common history).
 */
export async function compareDivergence({
  octokit,
  upstream,
  forkOwner,
  forkBranch,
}: Options): Promise<{ ahead: number; behind: number } | undefined> {
  try {
    const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
      owner: upstream.owner,
      repo: upstream.repo,
      basehead: `${upstream.owner}:${upstream.branch}...${forkOwner}:${forkBranch}`,
      per_page: 1,
    });
    return { ahead: data.ahead_by, behind: data.behind_by };
  } catch (err) {
    if ([404, 422].includes((err as { status?: number }).status ?? 0)) return undefined;
    throw err;
  }
}
