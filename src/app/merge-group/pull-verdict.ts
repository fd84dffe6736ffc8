import { CHECK_NAME } from "../report/check-run.js";
import type { Octokit } from "../octokit.js";

export interface PullVerdict {
  number: number;
  headSha: string;
  /** The `impactgate` conclusion on the PR's head, or undefined when there is no completed run. */
  conclusion?: string | null;
}

/** The verdict Impactgate gave a pull request's current head: one PR read, one check-run list. */
export async function pullVerdict(
  octokit: Octokit,
  where: { owner: string; repo: string; number: number },
): Promise<PullVerdict> {
  const { owner, repo, number } = where;
  const { data: pr } = await octokit.rest.pulls.get({ owner, repo, pull_number: number });
  const { data } = await octokit.rest.checks.listForRef({
    owner,
    repo,
    ref: pr.head.sha,
    check_name: CHECK_NAME,
    filter: "latest",
    per_page: 100,
  });
  const run = data.check_runs.find((r) => r.name === CHECK_NAME && r.status === "completed");
  return { number, headSha: pr.head.sha, conclusion: run?.conclusion };
}
