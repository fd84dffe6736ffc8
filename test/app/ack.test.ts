import { describe, expect, test } from "@jest/globals";
import { useNock } from "./helpers/use-nock.js";
import { testProbot } from "./helpers/probot.js";
import { payload } from "./helpers/payloads.js";
import { deliver } from "./helpers/deliver.js";
import { github, REPO } from "./helpers/github.js";
import { githubPatch, listedFile, POINT_H_AFTER, POINT_H_BEFORE } from "./helpers/change.js";
import { mockHeaderReview } from "./helpers/mock-header-review.js";
import {
  HEAD,
  headerFindings,
  knownRun,
  mockHonouredAck,
  mockRefusedAck,
  permissionReply,
  reaction,
  sticky,
  STICKY_ID,
  PULL,
} from "./ack-helpers.js";
import { ACK_MARKER, decodeAcks } from "../../src/app/ack/ack-record.js";
import { fingerprint } from "../../src/engine/fingerprint.js";

const ackAbi = payload("issue-comment-ack-abi");
const COMMENT_ID = ackAbi.comment.id as number;

useNock();

/** The requests an honoured ack costs: permission, record, then the gate re-decided from known findings. */
async function honouredAck(role: string, configYaml: string | null = null) {
  const findings = await headerFindings();
  const gh = github();
  mockHonouredAck(gh, { role, findings, configYaml });
  gh.updateComment(STICKY_ID); // the comment now says acknowledged (record kept)
  reaction(gh, COMMENT_ID);
  return { gh, findings };
}

describe("/impactgate ack", () => {
  test("by an admin: recorded with the error findings' fingerprints, 👍, check success showing who and why", async () => {
    const { gh, findings } = await honouredAck("admin");
    const { probot } = await testProbot();
    await deliver(probot, "issue_comment", ackAbi);

    const [record, rendered] = gh.bodies("comments.update");
    const [ack] = decodeAcks(record.body, PULL);
    const errors = findings.filter((f) => f.severity === "error" && f.category === "abi");
    expect(errors.length).toBeGreaterThan(0);
    expect(ack).toMatchObject({
      category: "abi",
      by: "mona",
      at: "2026-11-20T10:00:00Z",
      reason: expect.stringContaining("soname bump"),
    });
    expect(ack!.fingerprints.sort()).toEqual([...new Set(errors.map(fingerprint))].sort());

    const [check] = gh.bodies("check-runs.update");
    expect(check.conclusion).toBe("success");
    expect(check.output.summary).toContain("@mona");
    expect(check.output.summary).toContain("soname bump");
    expect(check.actions).toEqual([]); // nothing left to acknowledge: the button goes
    expect(rendered.body).toContain(ACK_MARKER); // a re-rendered comment keeps the record
    expect(decodeAcks(rendered.body, PULL)).toEqual([ack]);
    expect(gh.bodies("reactions.create")).toEqual([{ content: "+1" }]);
  });

  test("by a writer: honoured under the default `ack.permission: write`", async () => {
    const { gh } = await honouredAck("write");
    const { probot } = await testProbot();
    await deliver(probot, "issue_comment", ackAbi);
    expect(gh.bodies("check-runs.update")[0].conclusion).toBe("success");
    expect(gh.bodies("reactions.create")).toHaveLength(1);
  });

  test("by a maintainer under `ack.permission: maintain`: role_name counts (the API's `permission` says write)", async () => {
    const { gh } = await honouredAck("maintain", "ack:\n  permission: maintain\n");
    const { probot } = await testProbot();
    await deliver(probot, "issue_comment", ackAbi);
    expect(gh.bodies("check-runs.update")[0].conclusion).toBe("success");
  });

  test("by a reader: refused once, politely, naming the level; no record, no reaction, no second reply", async () => {
    const gh = github();
    mockRefusedAck(gh, "read");
    const { probot } = await testProbot();
    await deliver(probot, "issue_comment", ackAbi, "first");

    const [reply] = gh.bodies("comments.create");
    expect(reply.body).toMatch(/^Thanks @mona/);
    expect(reply.body).toContain("`write` permission");
    expect(reply.body).toContain("you have `read`");
    expect(gh.bodies("reactions.create")).toEqual([]);
    expect(gh.bodies("comments.update")).toEqual([]);

    // The same command again: the earlier reply is found, nothing is written.
    gh.restConfig(null);
    permissionReply(gh, "mona", "read");
    gh.restComments([[sticky(), { id: 7, body: reply.body, user: { login: "impactgate[bot]", type: "Bot" } }]]);
    await deliver(probot, "issue_comment", ackAbi, "second");
    expect(gh.bodies("comments.create")).toHaveLength(1);
  });

  test("by a triager (API `permission: read`) with a write requirement: refused", async () => {
    const gh = github();
    mockRefusedAck(gh, "triage", []);
    const { probot } = await testProbot();
    await deliver(probot, "issue_comment", ackAbi);
    expect(gh.bodies("comments.create")[0].body).toContain("you have `triage`");
  });

  test("by a bot: ignored without a single request", async () => {
    const { probot } = await testProbot();
    await deliver(probot, "issue_comment", payload("issue-comment-ack-by-bot"));
    // No interceptor: any request would fail through disableNetConnect and leave the log an error.
  });
});

describe("an acknowledgement over time", () => {
  /** A full review of a new head (synchronize), with the recorded ack in the sticky comment. */
  async function pushWithAck(event: string, after: string) {
    const findings = await headerFindings();
    const ack = {
      category: "abi" as const,
      by: "mona",
      at: "2026-11-20T10:00:00Z",
      reason: "soname bump",
      fingerprints: findings.filter((f) => f.severity === "error").map(fingerprint),
    };
    const sync = payload(event);
    const head = sync.pull_request.head.sha as string;
    const base = sync.pull_request.base.sha as string;
    const files = [listedFile("include/point.h", "modified", githubPatch(POINT_H_BEFORE, after))];
    const gh = mockHeaderReview(github(), { head, base, after, files, comments: [sticky([ack])], checkRunId: 43 });
    gh.updateComment(STICKY_ID); // the comment re-rendered, the record kept
    return { gh, ack, sync };
  }

  test("survives a rebase: new head SHA, same findings → still acknowledged", async () => {
    const { gh, sync } = await pushWithAck("pull-request-synchronize-rebased", POINT_H_AFTER);
    const { probot } = await testProbot();
    await deliver(probot, "pull_request", sync);

    const [check] = gh.bodies("check-runs.create");
    expect(check).toMatchObject({ head_sha: sync.pull_request.head.sha, conclusion: "success" });
    expect(check.output.summary).toContain("@mona");
    expect(decodeAcks(gh.bodies("comments.update")[0].body, PULL)).toHaveLength(1);
  });

  test("lapses on a new error finding: back to action_required, the button offered again", async () => {
    // The push also removes `y` from the struct: an error finding the ack never saw.
    const worse = POINT_H_AFTER.replace("\tint y;\n", "");
    const { gh, sync } = await pushWithAck("pull-request-synchronize-rebased", worse);
    const { probot } = await testProbot();
    await deliver(probot, "pull_request", sync);

    const [check] = gh.bodies("check-runs.create");
    expect(check.conclusion).toBe("action_required");
    expect(check.actions).toEqual([expect.objectContaining({ identifier: "ack", label: "Acknowledge impact" })]);
    expect(check.output.summary).not.toContain("@mona");
    // The record is kept: removing the new finding again would make the ack count again.
    expect(decodeAcks(gh.bodies("comments.update")[0].body, PULL)).toHaveLength(1);
  });
});

describe("the ack label", () => {
  /** Who added the label, per the events (the newest `labeled` event counts). */
  const labelEvents = (gh: ReturnType<typeof github>, login: string) =>
    gh.api
      .get(`${REPO}/issues/2/events`)
      .query({ per_page: "100" })
      .reply(200, [
        {
          id: 1,
          event: "labeled",
          label: { name: "bug" },
          actor: { login: "someone" },
          created_at: "2026-11-20T09:00:00Z",
        },
        {
          id: 2,
          event: "labeled",
          label: { name: "impact-acknowledged" },
          actor: { login },
          created_at: "2026-11-20T10:00:00Z",
        },
      ]);

  /** The gate re-decided from the known findings; `adder`: who added the label, and their role. */
  async function labelReview(adder?: { login: string; role: string }) {
    const gh = github();
    gh.token();
    gh.config(null);
    gh.checkRuns(HEAD, [knownRun(HEAD, await headerFindings())]);
    gh.comments([[sticky()]]);
    if (adder) {
      labelEvents(gh, adder.login);
      permissionReply(gh, adder.login, adder.role);
    }
    gh.updateCheckRun(42);
    gh.updateComment(STICKY_ID);
    gh.addLabels();
    return gh;
  }

  test("`impact-acknowledged` added by a maintainer acknowledges every category", async () => {
    const labeled = payload("pull-request-labeled-impact-acknowledged");
    const gh = await labelReview({ login: "octocat", role: "maintain" });
    const { probot } = await testProbot();
    await deliver(probot, "pull_request", labeled);

    const [check] = gh.bodies("check-runs.update");
    expect(check.conclusion).toBe("success");
    expect(check.output.summary).toContain("octocat (label `impact-acknowledged`): acknowledges every category");
    expect(check.output.summary).not.toContain("@label");
  });

  test("the label added by a triager (below ack.permission) does not acknowledge, and the summary says why", async () => {
    const labeled = payload("pull-request-labeled-impact-acknowledged");
    const gh = await labelReview({ login: "trudy", role: "triage" });
    const { probot } = await testProbot();
    await deliver(probot, "pull_request", labeled);

    const [check] = gh.bodies("check-runs.update");
    expect(check.conclusion).toBe("action_required");
    expect(check.output.summary).toContain("added by @trudy, whose `triage` access is below the `write`");
  });

  test("removing the label takes the acknowledgement back", async () => {
    const unlabeled = payload("pull-request-labeled-impact-acknowledged");
    unlabeled.action = "unlabeled";
    unlabeled.pull_request.labels = unlabeled.pull_request.labels.filter(
      (l: { name: string }) => l.name !== "impact-acknowledged",
    );
    const gh = await labelReview(); // the label is gone: who added it is not looked up
    const { probot } = await testProbot();
    await deliver(probot, "pull_request", unlabeled);

    const [check] = gh.bodies("check-runs.update");
    expect(check.conclusion).toBe("action_required");
    expect(check.actions).toEqual([expect.objectContaining({ identifier: "ack" })]);
  });
});

describe("a watch list with require-ack", () => {
  const WATCH = "watch:\n  - name: point-api\n    symbols: ['point*']\n    notify: ['@alice']\n    require-ack: true\n";

  /** An admin's ack with the watch list configured: recorded without the watch finding. */
  async function ackWith(user: string) {
    const findings = await headerFindings(POINT_H_AFTER, WATCH);
    const ack = structuredClone(ackAbi);
    ack.sender.login = user;
    ack.comment.user.login = user;
    const gh = github();
    mockHonouredAck(gh, { user, role: "admin", findings, configYaml: WATCH });
    gh.requestReviewers(); // the owner is @-mentioned in the re-rendered comment (our sticky had no watch section)
    reaction(gh, COMMENT_ID);
    return { gh, findings, ack };
  }

  test("an admin who is not an owner: recorded for the rest, the watch finding stays open, and the reply names the owners", async () => {
    const { gh, findings, ack } = await ackWith("mona");
    expect(findings.some((f) => f.ruleId === "watch/point-api" && f.severity === "error")).toBe(true);
    gh.createComment(); // the reply about the watch list
    gh.updateComment(STICKY_ID); // the comment re-rendered
    const { probot } = await testProbot();
    await deliver(probot, "issue_comment", ack);

    const [recorded] = decodeAcks(gh.bodies("comments.update")[0].body, PULL);
    const watchPrint = fingerprint(findings.find((f) => f.ruleId === "watch/point-api")!);
    expect(recorded!.fingerprints).not.toContain(watchPrint);
    expect(gh.bodies("check-runs.update")[0].conclusion).toBe("action_required");
    expect(gh.bodies("comments.create")[0].body).toContain('"point-api" (@alice)');
  });

  test("one of its owners: the ack covers the watch finding too", async () => {
    const { gh, ack } = await ackWith("alice");
    gh.updateComment(STICKY_ID);
    const { probot, logs } = await testProbot();
    await deliver(probot, "issue_comment", ack);
    expect(logs.filter((l) => (l.level as number) >= 50)).toEqual([]);
    expect(gh.bodies("check-runs.update")[0].conclusion).toBe("success");
  });
});
