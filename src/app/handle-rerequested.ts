import { pullTarget } from "./target.js";
import { reportFailure } from "./report/report-failure.js";
import { gateContext } from "./gate-context.js";
import type { Context } from "probot";
import type { RerunEvent } from "./events.js";
import type { Dispatch } from "./queue/dispatch.js";

/**
 * The Re-run button: review every pull request of the check run / suite afresh. The payload's
 * pull request stub lacks title, body and labels, so each is read once with `pulls.get`.
 */
export async function handleRerequested(context: Context<RerunEvent>, deps: { dispatch: Dispatch }): Promise<void> {
  const { payload } = context;
  const run = "check_run" in payload ? payload.check_run : payload.check_suite;
  const headSha = run.head_sha;
  const owner = payload.repository.owner.login;
  const repo = payload.repository.name;
  // Fork pull requests are not listed in the payload: nothing we can address, so say it in the log.
  if (run.pull_requests.length === 0) {
    context.log.info(
      { delivery: context.id, headSha },
      "re-run requested for a commit without a pull request in this repository; nothing to review",
    );
    return;
  }
  for (const stub of run.pull_requests) {
    try {
      const { data: pr } = await context.octokit.rest.pulls.get({ owner, repo, pull_number: stub.number });
      if (pr.head.sha !== headSha) continue; // the PR moved on: its newer head has its own run
      await deps.dispatch(context, pullTarget(payload.repository, pr), { force: true, rerun: true });
    } catch (err) {
      await reportFailure(gateContext(context), { owner, repo, headSha, err });
    }
  }
}
