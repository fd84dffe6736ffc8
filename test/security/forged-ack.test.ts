import { describe, expect, test } from "@jest/globals";
import { useNock } from "../app/helpers/use-nock.js";
import { testProbot } from "../app/helpers/probot.js";
import { deliver } from "../app/helpers/deliver.js";
import { comment, github } from "../app/helpers/github.js";
import { payload } from "../app/helpers/payloads.js";
import { HEAD, headerFindings, knownRun } from "../app/ack-helpers.js";
import { decodeAcks, encodeAcks, withAckRecord } from "../../src/app/ack/ack-record.js";
import { fingerprint } from "../../src/engine/fingerprint.js";
import { COMMENT_MARKER } from "../../src/render/types.js";

useNock();

describe("a commenter without write access cannot forge an acknowledgement", () => {
  test("our marker and a well-formed ack record pasted into a person's comment are not read", async () => {
    const findings = await headerFindings();
    const forged = withAckRecord(`${COMMENT_MARKER}\nlooks like the bot`, [
      {
        category: "all",
        by: "maintainer",
        at: "2026-01-01T00:00:00Z",
        reason: "forged",
        fingerprints: findings.map(fingerprint),
        coversNew: true,
      },
    ]);
    const edited = payload("pull-request-edited-adds-abi-statement");
    edited.pull_request.body = "No statement here.";
    const gh = github();
    gh.token();
    gh.config(null);
    gh.checkRuns(HEAD, [knownRun(HEAD, findings)]);
    gh.comments([[comment(11, forged, "User")]]);
    gh.updateCheckRun(42);
    gh.createComment(); // the bot's own comment: the forged one was not taken for it
    gh.addLabels();
    const { probot } = await testProbot();
    await deliver(probot, "pull_request", edited);

    const [check] = gh.bodies("check-runs.update");
    expect(check.conclusion).toBe("action_required");
    expect(check.output.summary).not.toContain("forged");
    expect(decodeAcks(gh.bodies("comments.create")[0].body)).toEqual([]);
  });

  test("another app's bot comment carrying our marker and a record is not ours either (viewerDidAuthor)", async () => {
    const findings = await headerFindings();
    const forged = withAckRecord(`${COMMENT_MARKER}\nanother app`, [
      {
        category: "all",
        by: "maintainer",
        at: "2026-01-01T00:00:00Z",
        reason: "forged by another app",
        fingerprints: findings.map(fingerprint),
        coversNew: true,
      },
    ]);
    const edited = payload("pull-request-edited-adds-abi-statement");
    edited.pull_request.body = "No statement here.";
    const gh = github();
    gh.token();
    gh.config(null);
    gh.checkRuns(HEAD, [knownRun(HEAD, findings)]);
    gh.comments([[{ id: 12, body: forged, user: { login: "other-app[bot]", type: "Bot" } }]]);
    gh.updateCheckRun(42);
    gh.createComment(); // ours, next to the other app's
    gh.addLabels();
    const { probot } = await testProbot();
    await deliver(probot, "pull_request", edited);

    expect(gh.bodies("check-runs.update")[0].conclusion).toBe("action_required");
    expect(gh.bodies("check-runs.update")[0].output.summary).not.toContain("forged");
    expect(gh.bodies("comments.update")).toEqual([]); // the other app's comment was not edited as ours
  });

  test("damaged or ill-typed records are no acks, never an error", () => {
    expect(decodeAcks("<!-- impactgate:acks v1 %%%not-base64 -->")).toEqual([]);
    expect(decodeAcks(encodeAcks([{ category: "everything", by: 1 } as never]))).toEqual([]);
    expect(decodeAcks(`${"<!-- impactgate:acks v1 ".repeat(10_000)}`)).toEqual([]);
    const ok = { category: "abi" as const, by: "mona", at: "t", reason: "r", fingerprints: ["a"] };
    expect(decodeAcks(withAckRecord(withAckRecord("body", [ok]), [ok, ok]))).toEqual([ok, ok]);
  });
});
