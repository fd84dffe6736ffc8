import { type github, REPO, comment } from "./helpers/github.js";
import { payload } from "./helpers/payloads.js";
import { POINT_H_AFTER, POINT_H_BEFORE } from "./helpers/change.js";
import { review } from "../../src/engine/review.js";
import { changeSetFromTrees } from "../../src/engine/from-trees.js";
import { detectors } from "../../src/engine/registry.js";
import { defaultConfig } from "../../src/config/defaults.js";
import { encodeKnown } from "../../src/app/known/known-findings.js";
import { configHash } from "../../src/app/load-config.js";
import { withAckRecord } from "../../src/app/ack/ack-record.js";
import { COMMENT_MARKER } from "../../src/render/comment.js";
import { loadConfigText } from "../../src/config/load.js";
import type { Acknowledgement, Finding } from "../../src/engine/types.js";

/** Shared by the maintainer-control tests (ack, commands, requested action, security). */
export const opened = payload("pull-request-opened-without-statement");
export const pr = opened.pull_request;
export const HEAD = pr.head.sha as string;
export const BASE = pr.base.sha as string;
export const STICKY_ID = 5;
/** The pull request the ack and known-findings records are sealed for. */
export const PULL = { owner: "Codertocat", repo: "Hello-World", number: 2 };

/** The findings the engine reports for the header change (what a finished review recorded). */
export async function headerFindings(after = POINT_H_AFTER, configYaml: string | null = null): Promise<Finding[]> {
  const cs = changeSetFromTrees({ before: { "include/point.h": POINT_H_BEFORE }, after: { "include/point.h": after } });
  const loaded = loadConfigText(configYaml ?? "");
  return (await review(cs, loaded.ok ? loaded.config : defaultConfig())).findings;
}

/** An `impactgate` run on `headSha` that recorded `findings` (as a finished review leaves it). */
export function knownRun(headSha: string, findings: Finding[], id = 42, configYaml: string | null = null) {
  const loaded = loadConfigText(configYaml ?? "");
  const config = loaded.ok ? loaded.config : defaultConfig();
  const known = { headSha, configHash: configHash(config, detectors), findings, sections: [], notReviewed: [] };
  return {
    id,
    name: "impactgate",
    head_sha: headSha,
    status: "completed",
    conclusion: "action_required",
    output: { title: "t", summary: "s", text: encodeKnown(known, PULL) },
  };
}

/** The bot's sticky comment, optionally carrying an ack record. */
export function sticky(acks: Acknowledgement[] = [], id = STICKY_ID) {
  return comment(
    id,
    withAckRecord(`${COMMENT_MARKER}\n## Impact statements needed\n\n- ABI impact`, acks, PULL),
    "Bot",
  );
}

/** The ack API answer: `permission` folds maintain→write and triage→read; `role_name` does not. */
export function permissionReply(gh: ReturnType<typeof github>, user: string, role: string) {
  const folded = role === "maintain" ? "write" : role === "triage" ? "read" : role;
  gh.api
    .get(`${REPO}/collaborators/${user}/permission`)
    .reply(200, { permission: folded, role_name: role, user: { login: user } });
}

/** The 👍 on a command comment, recorded like the other writes. */
export function reaction(gh: ReturnType<typeof github>, commentId: number) {
  gh.api.post(`${REPO}/issues/comments/${commentId}/reactions`).reply(201, async (req: Request) => {
    gh.written.push({ route: "reactions.create", body: JSON.parse(await req.text()) });
    return { id: 1, content: "+1" };
  });
}

/** `issues.listComments` answering with the sticky body last written (so a later read sees the record). */
export function commentsAfterWrite(gh: ReturnType<typeof github>, fallback: object[] = []) {
  gh.api
    .get(`${REPO}/issues/2/comments`)
    .query({ per_page: "100" })
    .reply(200, () => {
      const last = gh.written
        .filter(
          (w) =>
            (w.route === "comments.update" || w.route === "comments.create") && w.body.body.includes(COMMENT_MARKER),
        )
        .at(-1);
      return last ? [comment(STICKY_ID, last.body.body, "Bot")] : fallback;
    });
}

/**
 * The requests an honoured ack (or button press) costs up to the gate's verdict: the ack config,
 * permission, the PR, the record written into the sticky comment, then the gate re-decided from
 * the known findings (run updated, label kept). The re-rendered comment and the 👍 are the test's.
 */
export function mockHonouredAck(
  gh: ReturnType<typeof github>,
  ack: { user?: string; role: string; findings: Finding[]; configYaml?: string | null },
) {
  const configYaml = ack.configYaml ?? null;
  gh.token();
  gh.restConfig(configYaml); // ack.permission
  permissionReply(gh, ack.user ?? "mona", ack.role);
  gh.pull(pr);
  gh.restCheckRuns(HEAD, [knownRun(HEAD, ack.findings, 42, configYaml)]);
  gh.restComments([[sticky()]]);
  gh.updateComment(STICKY_ID); // the record
  // the gate's review query: config, the known run, the comments (the record written above)
  gh.config(configYaml);
  gh.checkRuns(HEAD, [knownRun(HEAD, ack.findings, 42, configYaml)]);
  gh.comments([[sticky()]]);
  gh.updateCheckRun(42);
  gh.addLabels();
}

/** The requests a refused ack costs: config, mona's permission (`role`), the comments, one reply. */
export function mockRefusedAck(gh: ReturnType<typeof github>, role: string, comments: object[] = [sticky()]) {
  gh.token();
  gh.restConfig(null);
  permissionReply(gh, "mona", role);
  gh.restComments([comments]);
  gh.createComment();
}
