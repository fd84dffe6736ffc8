import { parseCommand, COMMAND_USAGE } from "../../statements/parse-command.js";
import { gateContext } from "../gate-context.js";
import { pullTarget } from "../target.js";
import { honourAck } from "./honour-ack.js";
import { replyOnce } from "../report/sticky-comment.js";
import { message } from "../../render/escape.js";
import type { Context } from "probot";
import type { Dispatch } from "../queue/dispatch.js";

/**
 * `/impactgate …` in a pull request comment. Bots (Impactgate itself included) are ignored, so
 * the bot's own replies and other automation never run commands. An honoured command gets a 👍.
 */
export async function handleComment(
  context: Context<"issue_comment.created">,
  deps: { dispatch: Dispatch },
): Promise<void> {
  const { payload, octokit } = context;
  // 1. only pull requests, only people
  if (!payload.issue.pull_request) return;
  if (payload.sender.type === "Bot" || payload.comment.user?.type === "Bot") return;
  const command = parseCommand(payload.comment.body ?? "");
  if (!command) return;

  const owner = payload.repository.owner.login;
  const repo = payload.repository.name;
  const number = payload.issue.number;
  const user = payload.sender.login;
  const thumbsUp = () =>
    octokit.rest.reactions.createForIssueComment({ owner, repo, comment_id: payload.comment.id, content: "+1" });
  context.log.info(
    { delivery: context.id, repo: `${owner}/${repo}`, pr: number, user, command: command.kind },
    "command received",
  );

  // 2. each command
  switch (command.kind) {
    case "help":
      await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: number,
        body: `Impactgate commands:\n\n${COMMAND_USAGE}`,
      });
      return;
    case "invalid":
      // A typo repeated is answered once: the reply would only say the same again.
      await replyOnce({
        octokit,
        owner,
        repo,
        number,
        key: `invalid ${user} ${command.message.slice(0, 60)}`,
        // the message quotes the commenter's words: escaped line by line (the usage list stays a list)
        body: `@${user} ${command.message.split("\n").map(message).join("\n")}`,
      });
      return;
    case "recheck": {
      // Anyone may ask: a re-run can only re-evaluate, never loosen the gate.
      const { data: pr } = await octokit.rest.pulls.get({ owner, repo, pull_number: number });
      await thumbsUp();
      await deps.dispatch(context, pullTarget(payload.repository, pr), { force: true, rerun: true });
      return;
    }
    case "ack": {
      const result = await honourAck({
        context,
        gate: gateContext(context),
        dispatch: deps.dispatch,
        repository: payload.repository,
        number,
        user,
        category: command.category,
        reason: command.reason,
        at: payload.comment.created_at,
      });
      if (result === "honoured") await thumbsUp();
    }
  }
}
