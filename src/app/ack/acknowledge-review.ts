import { isBlocked, redecide } from "../../engine/verdict.js";
import { statementsOf } from "../../statements/parse-statements.js";
import { code } from "../../render/escape.js";
import { meets, roleOf } from "../commands/permission.js";
import { findSticky, listIssueComments } from "../report/sticky-comment.js";
import type { IssueComment } from "../report/sticky-comment.js";
import { decodeAcks } from "./ack-record.js";
import type { Config } from "../../config/types.js";
import type { Acknowledgement, Review } from "../../engine/types.js";
import type { Octokit } from "../octokit.js";
import type { PullTarget } from "../target.js";

interface Options {
  octokit: Octokit;
  target: PullTarget;
  config: Config;
  review: Review;
  /** The comments when the caller read them already (the review query); else listed here. */
  comments?: IssueComment[];
}

export interface AcknowledgedReview {
  review: Review;
  /** The comments read on the way, so the sticky-comment write does not list them again. */
  comments?: IssueComment[];
}

/**
 * Applies the acknowledgements of a pull request to its review: the `ack.label` (when added by
 * someone with `ack.permission`), and the acks
 * recorded (by `/impactgate ack` or the check run's button) in the bot's sticky comment. Costs a
 * comment listing only when something is blocked — otherwise no ack can change the verdict.
 */
export async function acknowledgeReview({
  octokit,
  target,
  config,
  review,
  ...given
}: Options): Promise<AcknowledgedReview> {
  if (review.conclusion === "failure" || !isBlocked(review.categories))
    return { review, ...(given.comments ? { comments: given.comments } : {}) };
  const comments = given.comments ?? (await listIssueComments(octokit, target));
  const recorded = decodeAcks(findSticky(comments)?.body, target);
  const label = await labelAck(octokit, target, config);
  const acknowledgements = label.ack ? [...recorded, label.ack] : recorded;
  const acked = redecide(review, { statements: statementsOf(target.body, config), config, acknowledgements });
  if (label.refused) acked.sections = [...acked.sections, { title: "Acknowledgement label", markdown: label.refused }];
  return { review: acked, comments };
}

export interface LabelAck {
  ack?: Acknowledgement;
  /** Why a present label does not count (said in the summary). */
  refused?: string;
}

/**
 * The `ack.label` on the pull request acknowledges every category for as long as it is there,
 * new findings included (`coversNew`): removing the label is how a maintainer takes it back.
 * GitHub lets triagers add labels, so the label counts only when whoever added it last has the
 * `ack.permission` a comment ack needs (one events listing and one permission read).
 */
export async function labelAck(octokit: Octokit, target: PullTarget, config: Config): Promise<LabelAck> {
  const label = config.ack.label;
  if (!label || !target.labels.includes(label)) return {};
  const events = await octokit.paginate(octokit.rest.issues.listEvents, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.number,
    per_page: 100,
  });
  const added = events
    .filter((e) => e.event === "labeled" && (e as { label?: { name?: string } }).label?.name === label)
    .pop();
  const by = added?.actor?.login;
  if (!by) return { refused: `The ${code(label)} label does not acknowledge: GitHub did not say who added it.` };
  const role = await roleOf(octokit, { owner: target.owner, repo: target.repo, username: by });
  if (!meets(role, config.ack.permission)) {
    return {
      refused: `The ${code(label)} label was added by @${by}, whose \`${role}\` access is below the \`${config.ack.permission}\` an acknowledgement needs (\`ack.permission\`); it does not acknowledge.`,
    };
  }
  return {
    ack: {
      category: "all",
      by: `${by} (label \`${label}\`)`,
      at: added.created_at ?? "",
      reason: "acknowledges every category while the label is on the pull request",
      fingerprints: [],
      coversNew: true,
    },
  };
}
