import { DOCS_URL } from "../gate-context.js";
import { isBlocked } from "../../engine/verdict.js";
import { keepAckRecord } from "../ack/ack-record.js";
import { commentWithWatch, hasWatchFindings, requestWatchReviews } from "./watch-lists.js";
import { upsertStickyComment } from "./sticky-comment.js";
import type { CommentAction, IssueComment } from "./sticky-comment.js";
import { syncLabels } from "./sync-labels.js";
import type { LabelChanges } from "./sync-labels.js";
import type { WatchRequestResult } from "./watch-lists.js";
import type { Config } from "../../config/types.js";
import type { Review } from "../../engine/types.js";
import type { Octokit } from "../octokit.js";
import type { PullTarget } from "../target.js";

/**
 * What the writes after the verdict need, and nothing that cannot go through JSON: a queue can
 * carry it to a later, lower-priority job so the next pull request's verdict is not kept waiting
 * behind this one's comment (GitHub spaces comments 3 s apart per installation).
 */
export interface ReportPlan {
  target: PullTarget;
  review: Review;
  config: Config;
  /** The pull request's comments as the review read them; listed again when absent. */
  comments?: IssueComment[];
}

export interface ReportResult {
  comment: CommentAction;
  reviewers?: WatchRequestResult;
  labels: LabelChanges;
}

/**
 * The sticky comment, the watch-list review requests and the labels, after the verdict:
 * the comment is created only when something must be stated (or a watch list matched), else only
 * kept current; watch-list handles are @-mentioned once, then asked to review; labels follow the
 * error findings, not the statements (reviewers filter on them).
 */
export async function reportReview(
  octokit: Octokit,
  { target, review, config, comments }: ReportPlan,
): Promise<ReportResult> {
  const { owner, repo, number } = target;
  const blocked = isBlocked(review.categories);
  let newlyMentioned: string[] = [];
  const render = (previous: string | undefined) => {
    const out = commentWithWatch(review, { config, docsUrl: DOCS_URL }, previous);
    newlyMentioned = out.newlyMentioned;
    return keepAckRecord(previous, out.body, target);
  };
  const comment = await upsertStickyComment({
    octokit,
    owner,
    repo,
    number,
    render,
    needed: blocked || hasWatchFindings(review),
    comments,
  });
  const reviewers =
    (comment === "created" || comment === "updated") && newlyMentioned.length > 0
      ? await requestWatchReviews({ octokit, owner, repo, number, handles: newlyMentioned, author: target.author })
      : undefined;
  const labels = await syncLabels({ octokit, owner, repo, number, current: target.labels, review, config });
  return { comment, reviewers, labels };
}
