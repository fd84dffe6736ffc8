/**
 * The bot's comments on a pull request: listing them, the one sticky comment (found by its marker,
 * created, updated), and one-off replies to commands, each sent once per key.
 */
import { COMMENT_MARKER } from "../../render/comment.js";
import type { Octokit } from "../octokit.js";

export interface IssueComment {
  id: number;
  body?: string | null;
  user?: { login: string; type?: string } | null;
  /** GraphQL's `viewerDidAuthor`: written by this app's installation (REST listings cannot say). */
  mine?: boolean;
}

/** Every comment on the pull request, all pages (the sticky comment may be on any of them). */
export async function listIssueComments(
  octokit: Octokit,
  where: { owner: string; repo: string; number: number },
): Promise<IssueComment[]> {
  return octokit.paginate(octokit.rest.issues.listComments, {
    owner: where.owner,
    repo: where.repo,
    issue_number: where.number,
    per_page: 100,
  });
}

/**
 * The bot's sticky comment: our hidden marker in a comment this app wrote (GraphQL says so), or,
 * from a REST listing, any Bot account's. People cannot post as a Bot, so a user pasting the
 * marker and a forged ack record into their own comment is never read.
 */
export function findSticky(comments: readonly IssueComment[]): IssueComment | undefined {
  return comments.find((c) => (c.mine ?? c.user?.type === "Bot") && c.body?.includes(COMMENT_MARKER));
}

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

interface ReplyOptions {
  octokit: Octokit;
  owner: string;
  repo: string;
  number: number;
  /** What the reply is about, e.g. `refused ack @octocat`: one reply per key per pull request. */
  key: string;
  body: string;
}

/**
 * Replies on the pull request unless the bot already replied with the same key: a refused user
 * who repeats the command is not answered again (and cannot make the bot flood the thread).
 */
export async function replyOnce({ octokit, owner, repo, number, key, body }: ReplyOptions): Promise<boolean> {
  const marker = `<!-- impactgate:reply ${key.replace(/--/g, "")} -->`;
  const comments = await listIssueComments(octokit, { owner, repo, number });
  if (comments.some((c) => c.user?.type === "Bot" && c.body?.includes(marker))) return false;
  await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: `${body}\n\n${marker}` });
  return true;
}
