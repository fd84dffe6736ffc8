import { COMMENT_MARKER } from "../../render/types.js";
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
