/**
 * Guards around one review so its verdict is neither stale nor silently partial: the head is checked
 * again before a slow review writes, and a description longer than `limits.body-chars` is said.
 */
import type { Logger } from "probot";
import type { Octokit } from "../octokit.js";
import type { PullTarget } from "../target.js";
import type { Config } from "../../config/types.js";

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

/**
 * Caps the summary must say, not apply silently. Files over `limits.files`, bytes over
 * `limits.bytes-per-file` and the time budgets are listed under "Not reviewed" by the source and
 * the engine; the description cap is said here.
 */
export function capSections(body: string, config: Config): { title: string; markdown: string }[] {
  const cap = config.limits["body-chars"];
  if (body.length <= cap) return [];
  return [
    {
      title: "Description not read in full",
      markdown: `The pull request description has ${body.length.toLocaleString("en-US")} characters; only the first ${cap.toLocaleString("en-US")} (\`limits.body-chars\`) were read for statements. Put the impact statements near the top.`,
    },
  ];
}
