import { listIssueComments } from "../report/sticky-comment.js";
import type { Octokit } from "../octokit.js";

interface Options {
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
export async function replyOnce({ octokit, owner, repo, number, key, body }: Options): Promise<boolean> {
  const marker = `<!-- impactgate:reply ${key.replace(/--/g, "")} -->`;
  const comments = await listIssueComments(octokit, { owner, repo, number });
  if (comments.some((c) => c.user?.type === "Bot" && c.body?.includes(marker))) return false;
  await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: `${body}\n\n${marker}` });
  return true;
}
