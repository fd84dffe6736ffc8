import { defaultConfig } from "../../config/defaults.js";
import { failedReview } from "../../engine/failed-review.js";
import { renderCheckRun } from "../../render/check-run.js";
import { findCheckRun, writeCheckRun } from "./check-run.js";
import type { CheckRunWrite } from "./check-run.js";
import { DOCS_URL } from "../gate-context.js";
import type { GateContext } from "../gate-context.js";
import type { Review } from "../../engine/types.js";

interface Failure {
  owner: string;
  repo: string;
  headSha: string;
  err: unknown;
  /** The run to complete when the caller already looked: null = there is none; undefined = look. */
  existingId?: number | null;
  /** Where the verdict goes (the gate's `writeVerdict`, e.g. the Action's); by default the check run. */
  write?: (write: CheckRunWrite) => Promise<number | undefined>;
}

const HINT =
  "This is not a problem with your pull request. Press **Re-run** on this check (or push a commit) to try again; if it keeps failing, tell the app's operator the delivery id from this check.";

/**
 * Anything unexpected: logged with the delivery id, and the check completed as `failure` with a
 * re-run hint, so a required check is never left waiting. Never throws.
 */
export async function reportFailure(
  ctx: Pick<GateContext, "octokit" | "log" | "delivery">,
  failure: Failure,
): Promise<void> {
  const { octokit, log, delivery } = ctx;
  const { owner, repo, headSha, err } = failure;
  log.error({ err, delivery, repo: `${owner}/${repo}`, headSha }, "review failed");
  try {
    const review = failedReview(`Impactgate could not finish this review (delivery ${delivery}).`, HINT);
    const existingId =
      failure.existingId === undefined
        ? (await findCheckRun({ octokit, owner, repo, headSha }))?.checkRunId
        : (failure.existingId ?? undefined);
    await writeFailedCheck({ octokit, owner, repo, headSha, existingId }, review, failure.write);
  } catch (writeErr) {
    log.error({ err: writeErr, delivery }, "could not report the failure on the check run");
  }
}

/**
 * A review that could not be judged (the app failed, or the repository's config is invalid):
 * rendered with the default config — the repository's own could not be used — and the docs link,
 * and written as `failure`. Returns the check run's id.
 */
export function writeFailedCheck(
  where: Omit<CheckRunWrite, "conclusion" | "output">,
  review: Review,
  write: (write: CheckRunWrite) => Promise<number | undefined> = writeCheckRun,
): Promise<number | undefined> {
  const output = renderCheckRun(review, { config: defaultConfig(), docsUrl: DOCS_URL });
  return write({ ...where, conclusion: "failure", output });
}
