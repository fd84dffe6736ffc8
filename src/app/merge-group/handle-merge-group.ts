import { CHECK_NAME } from "../report/check-run.js";
import { pullVerdict, queuePulls, renderMergeGroup } from "./group-verdict.js";
import type { Context } from "probot";
import type { MergeGroupOutput } from "./group-verdict.js";
import type { Octokit } from "../octokit.js";

/** More commits than this in one group is not a merge queue we can vouch for commit by commit. */
const MAX_GROUP_COMMITS = 250;

/**
 * `merge_group.checks_requested`: the merge queue asks for `impactgate` on the group's head SHA.
 * Nothing is reviewed again — each pull request was gated on its own head; the group is green
 * when all of them were.
 */
export async function handleMergeGroup(context: Context<"merge_group.checks_requested">): Promise<void> {
  const { payload, octokit } = context;
  const group = payload.merge_group;
  if (!payload.repository) return; // an organisation-level delivery names no repository to write to
  const owner = payload.repository.owner.login;
  const repo = payload.repository.name;
  const log = context.log.child({ repo: `${owner}/${repo}`, headSha: group.head_sha, delivery: context.id });

  let out: { conclusion: "success" | "action_required" | "failure"; title: string; summary: string };
  let numbers: number[] = [];
  try {
    ({ output: out, numbers } = await mergeGroupVerdict(octokit, { owner, repo }, group));
  } catch (err) {
    // Never leave the queue waiting: a failure the queue shows, with how to retry.
    log.error({ err }, "merge group check failed");
    out = {
      conclusion: "failure",
      title: "Impactgate could not check this merge group",
      summary: `Reading the group's pull requests failed (delivery ${context.id}). Re-queue the pull request to try again.`,
    };
  }

  // 3. one completed run on the group's head
  await octokit.rest.checks.create({
    owner,
    repo,
    name: CHECK_NAME,
    head_sha: group.head_sha,
    status: "completed",
    conclusion: out.conclusion,
    completed_at: new Date().toISOString(),
    output: { title: out.title, summary: out.summary },
  });
  log.info({ pulls: numbers, conclusion: out.conclusion }, "merge group reported");
}

/**
 * The group's verdict from its pull requests' own verdicts (also the Action's, on `merge_group`):
 * 1. which pull requests the group holds: its head ref, and the commits on top of the base;
 * 2. each one's `impactgate` conclusion for its current head. Throws when GitHub cannot say.
 */
export async function mergeGroupVerdict(
  octokit: Octokit,
  where: { owner: string; repo: string },
  group: { base_sha: string; head_sha: string; head_ref: string },
): Promise<{ output: MergeGroupOutput; numbers: number[] }> {
  const { data: compare } = await octokit.rest.repos.compareCommits({
    ...where,
    base: group.base_sha,
    head: group.head_sha,
    per_page: MAX_GROUP_COMMITS,
  });
  const numbers = queuePulls(
    group.head_ref,
    compare.commits.map((c) => c.commit.message),
  );
  const verdicts = [];
  for (const number of numbers) verdicts.push(await pullVerdict(octokit, { ...where, number }));
  return { output: renderMergeGroup(verdicts), numbers };
}
