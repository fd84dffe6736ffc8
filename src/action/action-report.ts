import { CHECK_NAME, writeCheckRun } from "../app/report/check-run.js";
import { reportReview } from "../app/report/report-review.js";
import { syncLabels } from "../app/report/sync-labels.js";
import type { CheckRunWrite } from "../app/report/check-run.js";
import type { ReportPlan } from "../app/report/report-review.js";
import type { Logger } from "pino";
import type { CheckRunOutput } from "../render/check-run.js";
import type { Conclusion } from "../engine/types.js";
import type { Octokit } from "../app/octokit.js";
import type { Runner } from "./runner.js";

/** What the verdict writer wrote, for the job summary and the outputs. */
export interface WrittenVerdict {
  conclusion: Conclusion;
  output: CheckRunOutput;
  /** Absent when the token could not create check runs: the annotations went to the workflow log. */
  checkRunId?: number;
}

/**
 * Where the Action's gate writes. The verdict: the `impactgate` check run (without the ack button:
 * no app answers it), or — when GitHub refuses the check run (403: a fork's read-only token, no
 * `checks: write`) — workflow-command annotations; the job summary and the exit code carry the
 * rest. The report (sticky comment, labels) runs only when the token can write. `jobIsTheCheck`:
 * the workflow job is itself named `impactgate` (jobIsTheCheck below), so the job's own check is
 * the verdict and no second check run of that name is written; comment and labels still are.
 */
export function actionReporter(opts: {
  octokit: Octokit;
  runner: Runner;
  log: Logger;
  comment: boolean;
  jobIsTheCheck?: boolean;
}) {
  const { octokit, runner, log } = opts;
  let readOnly = false;
  let written: WrittenVerdict | undefined;

  async function writeVerdict(write: CheckRunWrite): Promise<number | undefined> {
    if (!readOnly && !opts.jobIsTheCheck) {
      try {
        const checkRunId = await writeCheckRun({ ...write, ackButton: false });
        written = { conclusion: write.conclusion, output: write.output, checkRunId };
        return checkRunId;
      } catch (err) {
        if ((err as { status?: number }).status !== 403) throw err;
        readOnly = true;
        log.warn(
          "GitHub refused the check run (403): the token is read-only (a pull request from a fork) or lacks `checks: write`; findings are annotations and the job summary instead",
        );
      }
    }
    written = { conclusion: write.conclusion, output: write.output };
    for (const a of write.output.annotations)
      runner.annotate({
        level: a.annotation_level === "failure" ? "error" : a.annotation_level,
        file: a.path,
        line: a.start_line,
        endLine: a.end_line,
        title: a.title,
        message: a.message,
      });
    return undefined;
  }

  /** Comment and labels after the verdict; a 403 (no `pull-requests: write`) is said, never fatal. */
  async function report(plan: ReportPlan): Promise<void> {
    if (readOnly) return; // the token that could not write the verdict cannot comment either
    const { owner, repo, number, labels: current } = plan.target;
    try {
      if (opts.comment) await reportReview(octokit, plan);
      else await syncLabels({ octokit, owner, repo, number, current, review: plan.review, config: plan.config });
    } catch (err) {
      if ((err as { status?: number }).status !== 403) throw err;
      log.warn("GitHub refused the comment (403): give the job `pull-requests: write` for the sticky comment");
    }
  }

  return { writeVerdict, report, written: () => written, readOnly: () => readOnly };
}

/**
 * True when this workflow job is itself named `impactgate` (job id without `name:`, or
 * `name: impactgate`): its check run, in progress while this step runs, has the name of ours.
 * Two runs of one name from the same app (the workflow token writes as GitHub Actions, like the
 * job) are one required check to branch protection, and the job's, completing last, would decide
 * it — or the review would find the job's run and write its verdict into it. Ours are created
 * completed, never in progress, so an `impactgate` run in progress on the head is a job's. One
 * request.
 */
export async function jobIsTheCheck(
  octokit: Octokit,
  where: { owner: string; repo: string; headSha: string },
): Promise<boolean> {
  const { data } = await octokit.rest.checks.listForRef({
    owner: where.owner,
    repo: where.repo,
    ref: where.headSha,
    check_name: CHECK_NAME,
    status: "in_progress",
    per_page: 1,
  });
  return data.check_runs.some((r) => r.name === CHECK_NAME && r.status !== "completed");
}
