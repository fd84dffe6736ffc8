import { CHECK_NAME } from "./check-name.js";
import { decodeKnown } from "../known/known-findings.js";
import type { Octokit } from "../octokit.js";
import type { CachedRun } from "../known/review-cache.js";

interface Options {
  octokit: Octokit;
  owner: string;
  repo: string;
  headSha: string;
}

/**
 * The existing `impactgate` check run on a head SHA (newest first, as GitHub lists them) and the
 * findings it recorded. One request: re-reviews update this run instead of adding a second.
 */
export async function findCheckRun({ octokit, owner, repo, headSha }: Options): Promise<CachedRun | undefined> {
  const { data } = await octokit.rest.checks.listForRef({
    owner,
    repo,
    ref: headSha,
    check_name: CHECK_NAME,
    filter: "latest",
    per_page: 100,
  });
  const run = data.check_runs.find((r) => r.name === CHECK_NAME);
  if (!run) return undefined;
  const known = decodeKnown(run.output?.text, { owner, repo });
  return { checkRunId: run.id, known: known?.headSha === headSha ? known : undefined };
}
