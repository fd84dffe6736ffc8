import { isBlocked, redecide } from "../../engine/verdict.js";
import { decodeAcks } from "./ack-record.js";
import { labelAck } from "./label-ack.js";
import { findSticky, listIssueComments } from "./sticky-comments.js";
import type { IssueComment } from "./sticky-comments.js";
import type { Config } from "../../config/types.js";
import type { Review } from "../../engine/types.js";
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
  const acked = redecide(review, { body: target.body, config, acknowledgements });
  if (label.refused) acked.sections = [...acked.sections, { title: "Acknowledgement label", markdown: label.refused }];
  return { review: acked, comments };
}
