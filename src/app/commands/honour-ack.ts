import { recordAck } from "../ack/record-ack.js";
import { ackConfig, meets, roleOf } from "./permission.js";
import { replyOnce } from "../report/sticky-comment.js";
import type { Category } from "../../engine/types.js";
import type { GateContext } from "../gate-context.js";
import type { Dispatch, DispatchOptions } from "../queue/dispatch.js";
import type { Context } from "probot";

interface Options {
  context: Pick<Context, "octokit" | "log" | "id" | "config" | "payload">;
  gate: GateContext;
  dispatch: Dispatch;
  repository: { owner: { login: string }; name: string; fork?: boolean };
  number: number;
  user: string;
  category: Category | "all";
  reason: string;
  at: string;
}

export type AckResult = "honoured" | "refused" | "no-review";

/**
 * One acknowledgement, whichever way it came (comment or check-run button): 1. the permission
 * check against `ack.permission`; 2. the record in the sticky comment; 3. the gate re-evaluated
 * with the findings it already knows (`force: false`: no file is fetched again).
 */
export async function honourAck(opts: Options): Promise<AckResult> {
  const { context, gate, repository, number, user } = opts;
  const owner = repository.owner.login;
  const repo = repository.name;
  const log = context.log.child({ repo: `${owner}/${repo}`, pr: number, delivery: context.id, user });

  // 1. who may acknowledge is set on the default branch; a refusal is said once, politely
  const config = await ackConfig(gate.readConfig);
  const required = config.ack.permission;
  const role = await roleOf(context.octokit, { owner, repo, username: user });
  if (!meets(role, required)) {
    const body = `Thanks @${user} — acknowledging impact needs \`${required}\` permission on this repository (you have \`${role}\`), so this was not recorded. A maintainer can acknowledge it, or the impact can be stated in the pull request description.`;
    const replied = await replyOnce({
      octokit: context.octokit,
      owner,
      repo,
      number,
      key: `refused-ack ${user}`,
      body,
    });
    log.info({ role, required, replied }, "acknowledgement refused: permission too low");
    return "refused";
  }

  // 2. tied to the findings of the current head
  const outcome = await recordAck({
    octokit: context.octokit,
    repository,
    number,
    category: opts.category,
    by: user,
    reason: opts.reason,
    at: opts.at,
    config,
  });
  if (outcome.status === "no-review") {
    await context.octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: number,
      body: `@${user} there is no finished review of \`${outcome.target.head.sha.slice(0, 7)}\` to acknowledge yet. Comment \`/impactgate recheck\`, wait for the check, then acknowledge again.`,
    });
    log.info({ headSha: outcome.target.head.sha }, "acknowledgement not recorded: no finished review of the head");
    return "no-review";
  }
  log.info(
    {
      headSha: outcome.target.head.sha,
      category: opts.category,
      covers: outcome.ack.fingerprints.length,
      reserved: outcome.reserved,
    },
    "acknowledgement recorded",
  );
  if (outcome.reserved.length > 0) {
    const lists = outcome.reserved
      .map((r) => `"${r.name}" (${r.owners.map((o) => `@${o}`).join(", ") || "no owners configured"})`)
      .join("; ");
    await context.octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: number,
      body: `@${user} your acknowledgement was recorded, but the watch list ${lists} requires an acknowledgement from one of its owners, so its findings are still open.`,
    });
  }

  // 3. the verdict follows: known findings, statements and acks re-decided
  const dispatchOptions: DispatchOptions = { force: false, rerun: true };
  await opts.dispatch(context, { ...outcome.target, headUnchanged: true }, dispatchOptions);
  return "honoured";
}
