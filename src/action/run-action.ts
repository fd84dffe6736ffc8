import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { actionsRunner, actionLogger } from "./runner.js";
import type { Runner, RunnerIo } from "./runner.js";
import { actionClient } from "./client.js";
import { actionInputs, exitCode, ActionInputError } from "./inputs.js";
import type { ActionInputs } from "./inputs.js";
import { actionReporter, jobIsTheCheck } from "./action-report.js";
import { clientGateContext } from "../app/gate-context.js";
import { runGate } from "../app/run-gate.js";
import { createReviewCache } from "../app/known/review-cache.js";
import { pullRequestReview } from "../app/handle-pull-request.js";
import { mergeGroupVerdict } from "../app/merge-group/handle-merge-group.js";
import { writeCheckRun } from "../app/report/check-run.js";
import { renderJson } from "../render/json.js";
import { sarifReport } from "../cli/format-output.js";
import { UserError } from "../engine/user-error.js";
import type { Conclusion, Review } from "../engine/types.js";
import type { Logger } from "pino";
import type { ActionClient } from "./client.js";

/** Events the Action reviews; anything else is a workflow mistake, said on the run. */
const PULL_EVENTS = new Set(["pull_request", "pull_request_target"]);

interface Env {
  runner: Runner;
  env: NodeJS.ProcessEnv;
  inputs: ActionInputs;
  octokit: ActionClient;
  log: Logger;
}

/**
 * The Action (action.yml → dist/action/index.js): the app's gate on the workflow's event, with
 * the workflow token. Returns the step's exit code: 1 when the verdict reaches `fail-on` (or the
 * workflow is misconfigured), else 0.
 */
export async function runAction(io: RunnerIo = process): Promise<number> {
  const { env } = io;
  const runner = actionsRunner(io);
  let setup: Env;
  let payload: Record<string, unknown>;
  try {
    const inputs = actionInputs(runner, env);
    const log = actionLogger(runner, env.RUNNER_DEBUG === "1");
    const octokit = actionClient(inputs.token, env.GITHUB_API_URL || "https://api.github.com");
    payload = readEvent(env);
    setup = { runner, env, inputs, octokit, log };
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    runner.error(`impactgate: ${err.message}`);
    return 1;
  }
  const name = env.GITHUB_EVENT_NAME ?? "";
  if (PULL_EVENTS.has(name)) return gatePullRequest(setup, payload);
  if (name === "merge_group") return gateMergeGroup(setup, payload);
  runner.error(
    `impactgate: the Action reviews pull_request and merge_group events, not "${name}" (see README: Use as a GitHub Action)`,
  );
  return 1;
}

/** The pull request's head through the app's gate; the verdict as check run or annotations. */
async function gatePullRequest(setup: Env, payload: Record<string, unknown>): Promise<number> {
  const { runner, env, inputs, octokit, log } = setup;
  const { target, force } = pullRequestReview(payload as unknown as Parameters<typeof pullRequestReview>[0]);
  const ctx = clientGateContext(
    octokit,
    { owner: target.owner, repo: target.repo },
    {
      log,
      delivery: `run ${env.GITHUB_RUN_ID ?? "local"}/${env.GITHUB_RUN_ATTEMPT ?? "1"}`,
      ...(inputs.config ? { configPath: inputs.config } : {}),
    },
  );
  const sharedName = await jobNamedLikeTheCheck(setup, { ...target, headSha: target.head.sha });
  const reporter = actionReporter({ octokit, runner, log, comment: inputs.comment, jobIsTheCheck: sharedName });
  const result = await runGate(ctx, target, {
    cache: createReviewCache(),
    force,
    // the verdict is right for the SHA this run was started for; a newer push starts its own run
    confirmHead: false,
    writeVerdict: reporter.writeVerdict,
    deferReport: reporter.report,
  });
  const written = reporter.written();
  if (!result || !written) {
    runner.error("impactgate: the review could not finish (the log above says why); re-run the job to try again");
    runner.setOutput("conclusion", "failure");
    return exitCode("failure", inputs.failOn);
  }
  const where = sharedName
    ? "_This job is named `impactgate`, like the Action's check run: the job's own check is the verdict, its annotations are in this job's log and this summary is the report._"
    : reporter.readOnly()
      ? "_The token could not create the `impactgate` check run (read-only: a pull request from a fork, or no `checks: write`), so its annotations are in this job's log and this summary is the report._"
      : "";
  runner.summary([`## ${written.output.title}`, where, written.output.summary].filter(Boolean).join("\n\n"));
  writeOutputs(setup, result.review, written.conclusion);
  log.info({ conclusion: written.conclusion, findings: result.review.findings.length }, "verdict");
  return exitCode(written.conclusion, inputs.failOn);
}

/** The merge queue's check: green when every pull request in the group passed for its head. */
async function gateMergeGroup(setup: Env, payload: Record<string, unknown>): Promise<number> {
  const { runner, inputs, octokit, log } = setup;
  const group = payload.merge_group as { base_sha: string; head_sha: string; head_ref: string };
  const { owner, repo } = repositoryOf(payload);
  let output;
  try {
    ({ output } = await mergeGroupVerdict(octokit, { owner, repo }, group));
  } catch (err) {
    log.error({ err }, "merge group check failed");
    runner.setOutput("conclusion", "failure");
    return exitCode("failure", inputs.failOn);
  }
  try {
    if (!(await jobNamedLikeTheCheck(setup, { owner, repo, headSha: group.head_sha })))
      await writeCheckRun({
        octokit,
        owner,
        repo,
        headSha: group.head_sha,
        conclusion: output.conclusion,
        output: { title: output.title, summary: output.summary, annotations: [] },
        ackButton: false,
      });
  } catch (err) {
    if ((err as { status?: number }).status !== 403) throw err;
    log.warn(
      "GitHub refused the check run (403): give the job `checks: write`; the step's exit code carries the verdict",
    );
  }
  runner.summary(`## ${output.title}\n\n${output.summary}`);
  runner.setOutput("conclusion", output.conclusion);
  runner.setOutput("findings", 0);
  return exitCode(output.conclusion, inputs.failOn);
}

/**
 * A job named `impactgate` (see jobIsTheCheck): the user's `impactgate` check is then the job
 * itself, so the Action leaves it the verdict — through the step's exit code — instead of adding
 * a second check of that name that branch protection could not tell apart. Said on the run, with
 * what is lost and how to get it back. If GitHub cannot answer, no collision is assumed.
 */
async function jobNamedLikeTheCheck(
  { runner, inputs, octokit, log }: Env,
  where: { owner: string; repo: string; headSha: string },
): Promise<boolean> {
  const shared = await jobIsTheCheck(octokit, where).catch((err: unknown) => {
    log.warn({ err }, "could not list the head's check runs to see whether this job is named impactgate");
    return false;
  });
  if (shared)
    runner.warning(
      [
        "impactgate: this job is named `impactgate`, the name of the check run the Action writes, so the job's own check carries the verdict: it fails when this step fails (`fail-on`), the findings are annotations in this log (GitHub shows 10 of each level) and the job summary, and no second `impactgate` check run is written.",
        inputs.failOn === "never"
          ? "With `fail-on: never` this step never fails, so the `impactgate` check passes whatever the verdict."
          : "",
        "Rename the job (e.g. `impact`) to get the check run with every annotation, the `action required` state, and findings reused when only the description changes.",
      ]
        .filter(Boolean)
        .join(" "),
    );
  return shared;
}

function writeOutputs({ runner, env, inputs }: Env, review: Review, conclusion: Conclusion): void {
  runner.setOutput("conclusion", conclusion);
  runner.setOutput("findings", review.findings.length);
  if (!inputs.format) return;
  const dir = env.RUNNER_TEMP || tmpdir();
  const file = join(dir, `impactgate.${inputs.format}`);
  writeFileSync(
    file,
    inputs.format === "sarif" ? sarifReport(review) : JSON.stringify(renderJson(review), null, 2) + "\n",
  );
  runner.setOutput(inputs.format === "sarif" ? "sarif-file" : "report-file", file);
}

function readEvent(env: NodeJS.ProcessEnv): Record<string, unknown> {
  if (!env.GITHUB_EVENT_PATH) throw new ActionInputError("GITHUB_EVENT_PATH is not set: run the Action in a workflow");
  try {
    return JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")) as Record<string, unknown>;
  } catch (err) {
    throw new ActionInputError(`cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${(err as Error).message}`);
  }
}

function repositoryOf(payload: Record<string, unknown>): { owner: string; repo: string } {
  const repository = payload.repository as { owner: { login: string }; name: string };
  return { owner: repository.owner.login, repo: repository.name };
}
