import type { Logger } from "probot";
import type { Octokit } from "../octokit.js";
import type { PullTarget } from "../target.js";

/** A review that ran longer than this since its event may have been overtaken by a push. */
export const STALE_CHECK_AFTER_MS = 5_000;

/**
 * The stale-head guard: the pull request's head now, when it is no longer the analysed SHA.
 * A newer review owns the verdict then, so the caller drops its write. If GitHub cannot say,
 * the write goes ahead: a verdict on the analysed SHA is never wrong for that SHA.
 */
export async function headMoved(octokit: Octokit, target: PullTarget, log: Logger): Promise<string | undefined> {
  try {
    const { data } = await octokit.rest.pulls.get({
      owner: target.owner,
      repo: target.repo,
      pull_number: target.number,
    });
    return data.head.sha === target.head.sha ? undefined : data.head.sha;
  } catch (err) {
    log.warn({ err }, "could not confirm the pull request head before writing; writing anyway");
    return undefined;
  }
}
