/**
 * The one `impactgate` check run per head SHA: its name, finding it (and the findings it
 * recorded), and writing the verdict to it.
 */
import { truncateMarkdown } from "../../render/blocks.js";
import { decodeKnown } from "../known/known-findings.js";
import type { CachedRun } from "../known/review-cache.js";
import type { CheckRunOutput } from "../../render/check-run.js";
import type { Conclusion } from "../../engine/types.js";
import type { Octokit } from "../octokit.js";

/** The one check run the app owns per head SHA (branch protection requires it by this name). */
export const CHECK_NAME = "impactgate";

/** GitHub accepts at most 50 annotations per check-run request. */
export const ANNOTATIONS_PER_REQUEST = 50;

/** Splits a list into chunks of `size` (at least one chunk, possibly empty). */
export function batches<T>(items: readonly T[], size = ANNOTATIONS_PER_REQUEST): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length > 0 ? out : [[]];
}

interface FindOptions {
  octokit: Octokit;
  owner: string;
  repo: string;
  headSha: string;
}

/**
 * The existing `impactgate` check run on a head SHA (newest first, as GitHub lists them) and the
 * findings it recorded. One request: re-reviews update this run instead of adding a second.
 */
export async function findCheckRun({ octokit, owner, repo, headSha }: FindOptions): Promise<CachedRun | undefined> {
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

/** One verdict write: what `writeCheckRun` takes, and what a front end's own verdict writer is given. */
export interface CheckRunWrite {
  octokit: Octokit;
  owner: string;
  repo: string;
  headSha: string;
  conclusion: Conclusion;
  output: CheckRunOutput;
  /** The run to update (a re-review of the same SHA); otherwise one is created. */
  existingId?: number;
  /** Hidden record put first in output.text (known findings), dropped if it would not fit. */
  record?: string;
  /** False when the existing run already carries these annotations: GitHub appends, never replaces. */
  sendAnnotations?: boolean;
  /** False where nobody answers `check_run.requested_action` (the Action): no "Acknowledge impact" button. */
  ackButton?: boolean;
}

const TEXT_LIMIT = 65_535;

/** Labels ≤ 20 and descriptions ≤ 40 characters (GitHub's limits); identifier read by requested-action.ts. */
const ACK_BUTTON = {
  label: "Acknowledge impact",
  description: "Maintainers: accept without a statement",
  identifier: "ack",
};

/**
 * Writes the verdict as one completed check run: created complete (never `in_progress`), the
 * first 50 annotations with it and the rest in PATCH updates of 50. Returns the run id.
 */
export async function writeCheckRun(opts: CheckRunWrite): Promise<number> {
  const { octokit, owner, repo, output } = opts;
  const annotations = opts.sendAnnotations === false ? [] : output.annotations;
  const [first, ...rest] = batches(annotations);
  const summary = truncateMarkdown(output.summary);
  const text = withRecord(output.text, opts.record);
  const body = {
    owner,
    repo,
    status: "completed" as const,
    conclusion: opts.conclusion,
    completed_at: new Date().toISOString(),
    output: { title: output.title, summary, ...(text || opts.existingId ? { text } : {}), annotations: first },
    // A blocked check offers the "Acknowledge impact" button (check_run.requested_action, permission-checked);
    // an update that is no longer blocked sends [] so the button does not outlive the block.
    ...(opts.conclusion === "action_required" && opts.ackButton !== false
      ? { actions: [ACK_BUTTON] }
      : opts.existingId
        ? { actions: [] }
        : {}),
  };
  const id = opts.existingId
    ? (await octokit.rest.checks.update({ ...body, check_run_id: opts.existingId })).data.id
    : (await octokit.rest.checks.create({ ...body, name: CHECK_NAME, head_sha: opts.headSha })).data.id;
  for (const chunk of rest) {
    // Updates append annotations; title and summary are required in every output.
    await octokit.rest.checks.update({
      owner,
      repo,
      check_run_id: id,
      output: { title: output.title, summary, annotations: chunk },
    });
  }
  return id;
}

/** Always a string: an update must overwrite an older record, never leave it behind. */
function withRecord(text: string | undefined, record: string | undefined): string {
  const plain = text ?? "";
  if (!record) return plain;
  // First: the record is read only at the start of the text, above anything rendered from the PR.
  const joined = plain ? `${record}\n\n${plain}` : record;
  // Too many findings to record: the run stays correct, an `edited` then costs a full review.
  return joined.length <= TEXT_LIMIT ? joined : plain;
}
