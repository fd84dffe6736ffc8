import { findSticky, listIssueComments } from "../ack/sticky-comments.js";
import type { IssueComment } from "../ack/sticky-comments.js";
import type { Octokit } from "../octokit.js";

interface Options {
  octokit: Octokit;
  owner: string;
  repo: string;
  number: number;
  /** The body, given the current one (the watch-list section reads who was already mentioned). */
  render(previousBody: string | undefined): string;
  /** True when a statement is missing or contradicted (or a watch list matched): only then may a comment be created. */
  needed: boolean;
  /** The pull request's comments when the caller already listed them (acknowledgements): not listed twice. */
  comments?: readonly IssueComment[];
}

export type CommentAction = "created" | "updated" | "unchanged" | "none";

/**
 * Keeps one comment per pull request, found by its hidden marker across every page of comments:
 * created only when something must be stated, then edited in place; an unchanged body is not
 * written (writes are rate-limited and notify nobody usefully).
 */
export async function upsertStickyComment({
  octokit,
  owner,
  repo,
  number,
  render,
  needed,
  ...opts
}: Options): Promise<CommentAction> {
  const comments = opts.comments ?? (await listIssueComments(octokit, { owner, repo, number }));
  const mine = findSticky(comments);
  if (!mine && !needed) return "none";
  const body = render(mine?.body ?? undefined);
  if (mine) {
    if (mine.body === body) return "unchanged";
    await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });
    return "updated";
  }
  await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body });
  return "created";
}
