import { fingerprint } from "../../engine/fingerprint.js";
import { COMMENT_MARKER } from "../../render/comment.js";
import { message, text } from "../../render/escape.js";
import { findCheckRun } from "../report/check-run.js";
import { findSticky, listIssueComments } from "../report/sticky-comment.js";
import { pullTarget } from "../target.js";
import { decodeAcks, withAckRecord } from "./ack-record.js";
import type { Acknowledgement, Category, Finding } from "../../engine/types.js";
import type { Config } from "../../config/types.js";
import type { Octokit } from "../octokit.js";
import type { PullTarget } from "../target.js";

interface Options {
  octokit: Octokit;
  repository: { owner: { login: string }; name: string; fork?: boolean };
  number: number;
  category: Category | "all";
  by: string;
  reason: string;
  /** ISO time of the command (the comment's `created_at`), so the record says when. */
  at: string;
  /** The config in force: `require-ack` watch lists keep their findings for their owners. */
  config: Config;
}

export type AckOutcome =
  | { status: "recorded"; target: PullTarget; ack: Acknowledgement; reserved: { name: string; owners: string[] }[] }
  /** No finished review of the head yet: there is nothing to tie the ack to. */
  | { status: "no-review"; target: PullTarget };

/**
 * Records an honoured acknowledgement in the bot's sticky comment, tied to the fingerprints of the
 * `error` findings the check run recorded for the current head (rule id + symbol, no lines): a
 * rebase with the same findings stays acknowledged, a new error finding makes it lapse.
 */
export async function recordAck({
  octokit,
  repository,
  number,
  category,
  by,
  reason,
  at,
  config,
}: Options): Promise<AckOutcome> {
  const owner = repository.owner.login;
  const repo = repository.name;
  // 1. the head now (a comment payload has no head SHA), and what its check run saw
  const { data: pr } = await octokit.rest.pulls.get({ owner, repo, pull_number: number });
  const target = pullTarget(repository, pr);
  const run = await findCheckRun({ octokit, owner, repo, headSha: target.head.sha });
  if (!run?.known) return { status: "no-review", target };

  // 2. the ack covers exactly the error findings it saw, in its category
  //    (a `require-ack` watch list's findings only when `by` is one of its owners)
  const errors = run.known.findings.filter(
    (f) => f.severity === "error" && (category === "all" || f.category === category),
  );
  const { ackable, reserved } = ackableBy(errors, config, by);
  const ack: Acknowledgement = { category, by, at, reason, fingerprints: [...new Set(ackable.map(fingerprint))] };

  // 3. appended to the record in our sticky comment (created if the PR has none yet)
  const comments = await listIssueComments(octokit, { owner, repo, number });
  const sticky = findSticky(comments);
  const where = { owner, repo, number };
  const acks = [...decodeAcks(sticky?.body, where), ack];
  if (sticky) {
    await octokit.rest.issues.updateComment({
      owner,
      repo,
      comment_id: sticky.id,
      body: withAckRecord(sticky.body ?? "", acks, where),
    });
  } else {
    const body = `${COMMENT_MARKER}\nImpact acknowledged by @${text(by)}: ${message(reason)}`;
    await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: number,
      body: withAckRecord(body, acks, where),
    });
  }
  return { status: "recorded", target, ack, reserved };
}

/**
 * Splits error findings into those `user` may acknowledge and those a `require-ack` watch list
 * keeps for its own `notify` owners (`watch/<name>` findings). Handles compare without `@`,
 * case-insensitively; a team handle (`org/team`) is not expanded, so only its named users count.
 */
export function ackableBy(
  findings: readonly Finding[],
  config: Config,
  user: string,
): { ackable: Finding[]; reserved: { name: string; owners: string[] }[] } {
  const me = user.toLowerCase();
  const reserved = new Map<string, string[]>();
  const ackable = findings.filter((f) => {
    if (!f.ruleId.startsWith("watch/")) return true;
    const entry = config.watch.find((w) => `watch/${w.name}` === f.ruleId);
    if (!entry || !entry["require-ack"]) return true;
    const owners = entry.notify.map((h) => h.replace(/^@/, ""));
    if (owners.some((o) => o.toLowerCase() === me)) return true;
    reserved.set(entry.name, owners);
    return false;
  });
  return { ackable, reserved: [...reserved].map(([name, owners]) => ({ name, owners })) };
}
