/**
 * A merge group's verdict: which pull requests it holds (from its head ref and commit subjects),
 * the verdict Impactgate gave each on its head, and the group's check run — green only when all were.
 */
import { CHECK_NAME } from "../report/check-run.js";
import type { Octokit } from "../octokit.js";

/**
 * Pull request numbers of a merge group. The head ref names the PR that formed the group
 * (`refs/heads/gh-readonly-queue/<base>/pr-<N>-<sha>`); PRs queued ahead of it show in the group's
 * commits as GitHub writes them: `Merge pull request #N from …` (merge) or `Title (#N)` (squash).
 */
export function queuePulls(headRef: string, commitMessages: readonly string[]): number[] {
  const numbers = new Set<number>();
  for (const message of commitMessages) {
    const subject = message.split("\n", 1)[0]!.slice(0, 500);
    const merge = /^Merge pull request #(\d{1,9}) /.exec(subject);
    const squash = /\(#(\d{1,9})\)$/.exec(subject.trimEnd());
    const n = merge?.[1] ?? squash?.[1];
    if (n) numbers.add(Number(n));
  }
  const own = /\/pr-(\d{1,9})-[0-9a-f]{7,64}$/.exec(headRef);
  if (own) numbers.add(Number(own[1]));
  return [...numbers].sort((a, b) => a - b);
}

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

export interface MergeGroupOutput {
  conclusion: "success" | "action_required";
  title: string;
  summary: string;
}

/** The merge group's verdict: green only when every pull request in it was green for its head. */
export function renderMergeGroup(verdicts: readonly PullVerdict[]): MergeGroupOutput {
  const failing = verdicts.filter((v) => v.conclusion !== "success");
  const rows = verdicts.map(
    (v) => `| #${v.number} | \`${v.headSha.slice(0, 7)}\` | ${v.conclusion ?? "no completed impactgate check"} |`,
  );
  const table = ["| pull request | head | impactgate |", "|---|---|---|", ...rows].join("\n");
  if (verdicts.length === 0) {
    return {
      conclusion: "action_required",
      title: "No pull request found in this merge group",
      summary:
        "Impactgate could not tell which pull requests this merge group holds, so it cannot vouch for them. Re-queue the pull request.",
    };
  }
  if (failing.length === 0) {
    return {
      conclusion: "success",
      title: `Impact stated for all ${verdicts.length} pull request${verdicts.length === 1 ? "" : "s"}`,
      summary: `Every pull request in this merge group passed \`impactgate\` for its head commit.\n\n${table}`,
    };
  }
  const names = failing.map((v) => `#${v.number}`).join(", ");
  return {
    conclusion: "action_required",
    title: `Impact not settled for ${names}`,
    summary: `${names} did not pass \`impactgate\` for ${failing.length === 1 ? "its" : "their"} head commit: state the impact (or have a maintainer acknowledge it) on the pull request, then queue it again.\n\n${table}`,
  };
}
