import { createHmac, generateKeyPairSync } from "node:crypto";
import { describe, expect, test } from "@jest/globals";
import { useNock } from "../app/helpers/use-nock.js";
import { testProbot } from "../app/helpers/probot.js";
import { deliver } from "../app/helpers/deliver.js";
import { comment, github } from "../app/helpers/github.js";
import { payload } from "../app/helpers/payloads.js";
import { githubPatch, listedFile, POINT_H_AFTER, POINT_H_BEFORE } from "../app/helpers/change.js";
import { mockHeaderReads } from "../app/helpers/mock-header-reads.js";
import { mockHeaderReview } from "../app/helpers/mock-header-review.js";
import {
  BASE,
  HEAD,
  headerFindings,
  knownRun,
  opened,
  permissionReply,
  pr,
  PULL,
  reaction,
} from "../app/ack-helpers.js";
import { ACK_MARKER, decodeAcks, encodeAcks, withAckRecord } from "../../src/app/ack/ack-record.js";
import { deriveRecordKey, sealRecord } from "../../src/app/security/signed-record.js";
import { fingerprint } from "../../src/engine/fingerprint.js";
import { COMMENT_MARKER } from "../../src/render/comment.js";
import type { Acknowledgement } from "../../src/engine/types.js";

useNock();

describe("a commenter without write access cannot forge an acknowledgement", () => {
  test("our marker and a well-formed ack record pasted into a person's comment are not read", async () => {
    const findings = await headerFindings();
    const forged = withAckRecord(
      `${COMMENT_MARKER}\nlooks like the bot`,
      [
        {
          category: "all",
          by: "maintainer",
          at: "2026-01-01T00:00:00Z",
          reason: "forged",
          fingerprints: findings.map(fingerprint),
          coversNew: true,
        },
      ],
      PULL,
    );
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
    expect(decodeAcks(gh.bodies("comments.create")[0].body, PULL)).toEqual([]);
  });

  test("another app's bot comment carrying our marker and a record is not ours either (viewerDidAuthor)", async () => {
    const findings = await headerFindings();
    const forged = withAckRecord(
      `${COMMENT_MARKER}\nanother app`,
      [
        {
          category: "all",
          by: "maintainer",
          at: "2026-01-01T00:00:00Z",
          reason: "forged by another app",
          fingerprints: findings.map(fingerprint),
          coversNew: true,
        },
      ],
      PULL,
    );
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
    expect(decodeAcks(`${COMMENT_MARKER}\n<!-- impactgate:acks v2 %%%not-base64 00 -->`, PULL)).toEqual([]);
    // sealed (only a bug of ours could write it) yet ill-typed: still no acks
    const illTyped = Buffer.from(JSON.stringify([{ category: "everything", by: 1 }])).toString("base64");
    const sealed = sealRecord("acks", "Codertocat/Hello-World#2", illTyped);
    expect(decodeAcks(`${COMMENT_MARKER}\n${sealed}`, PULL)).toEqual([]);
    expect(decodeAcks(`${COMMENT_MARKER}\n${"<!-- impactgate:acks v2 ".repeat(10_000)}`, PULL)).toEqual([]);
    const ok = { category: "abi" as const, by: "mona", at: "t", reason: "r", fingerprints: ["a"] };
    expect(decodeAcks(withAckRecord(withAckRecord("body", [ok], PULL), [ok, ok], PULL), PULL)).toEqual([ok, ok]);
  });
});

describe("the ack record: sealed by the app, in a fixed place, for one pull request", () => {
  const ok = { category: "abi" as const, by: "mona", at: "t", reason: "r", fingerprints: ["a"] };
  const body = (acks: Acknowledgement[] = [ok]) => withAckRecord(`${COMMENT_MARKER}\n### rendered`, acks, PULL);

  test("is the line right under our marker, above everything rendered, and round-trips", () => {
    const [marker, record, rendered] = body().split("\n");
    expect(marker).toBe(COMMENT_MARKER);
    expect(record!.startsWith(ACK_MARKER)).toBe(true);
    expect(rendered).toBe("### rendered");
    expect(decodeAcks(body(), PULL)).toEqual([ok]);
  });

  test("a record anywhere else is not read: after the rendered text, or as the first thing without our marker", () => {
    const record = encodeAcks([ok], PULL);
    expect(decodeAcks(`${COMMENT_MARKER}\n### rendered\n${record}`, PULL)).toEqual([]);
    expect(decodeAcks(`${record}\n${COMMENT_MARKER}`, PULL)).toEqual([]);
  });

  test("another pull request's record, a v1 (unsealed) record and a forged seal are no acks", () => {
    expect(decodeAcks(body(), { ...PULL, number: 3 })).toEqual([]);
    expect(decodeAcks(body(), { ...PULL, repo: "Other" })).toEqual([]);
    const json = Buffer.from(JSON.stringify([{ ...ok, category: "all", coversNew: true }])).toString("base64");
    expect(decodeAcks(`${COMMENT_MARKER}\n<!-- impactgate:acks v1 ${json} -->`, PULL)).toEqual([]);
    expect(decodeAcks(`${COMMENT_MARKER}\n<!-- impactgate:acks v2 ${json} ${"ab".repeat(32)} -->`, PULL)).toEqual([]);
    // sealed with the right construction but another key (another installation of Impactgate, an attacker's)
    const otherKey = deriveRecordKey({ IMPACTGATE_RECORD_KEY: "x".repeat(40) }).key;
    const mac = createHmac("sha256", otherKey).update(`acks\ncodertocat/hello-world#2\n${json}`).digest("hex");
    expect(decodeAcks(`${COMMENT_MARKER}\n<!-- impactgate:acks v2 ${json} ${mac} -->`, PULL)).toEqual([]);
  });

  test("`coversNew` is never stored nor read back: only a label present now covers findings it did not see", () => {
    const record = body([{ ...ok, coversNew: true } as Acknowledgement]);
    expect(decodeAcks(record, PULL)).toEqual([ok]);
    const payload = record.split("\n")[1]!.split(" ")[3]!;
    expect(Buffer.from(payload, "base64").toString("utf8")).not.toContain("coversNew");
  });

  test("the key: IMPACTGATE_RECORD_KEY first, else the private key however it is written, never the raw text", () => {
    const { privateKey } = generateKeyPairSync("rsa", {
      modulusLength: 2048,
      privateKeyEncoding: { type: "pkcs1", format: "pem" },
      publicKeyEncoding: { type: "spki", format: "pem" },
    });
    const plain = deriveRecordKey({ PRIVATE_KEY: privateKey });
    const escaped = deriveRecordKey({ PRIVATE_KEY: privateKey.replace(/\n/g, "\\n") });
    const base64 = deriveRecordKey({ PRIVATE_KEY: Buffer.from(privateKey).toString("base64") });
    expect(plain.source).toBe("private key");
    expect(escaped.key.equals(plain.key)).toBe(true);
    expect(base64.key.equals(plain.key)).toBe(true);
    expect(plain.key.toString("utf8")).not.toContain("PRIVATE KEY");
    const explicit = deriveRecordKey({ PRIVATE_KEY: privateKey, IMPACTGATE_RECORD_KEY: "k".repeat(32) });
    expect(explicit.source).toBe("IMPACTGATE_RECORD_KEY");
    expect(explicit.key.equals(plain.key)).toBe(false);
    expect(() => deriveRecordKey({ IMPACTGATE_RECORD_KEY: "short" })).toThrow(/at least 32/);
    expect(deriveRecordKey({}, "/nonexistent").source).toBe("ephemeral");
  });
});

/** What the attacker writes: the v1 ack record, an "all" ack by "maintainer" that covers new findings. */
const FORGED_RECORD = `<!-- impactgate:acks v1 ${Buffer.from(
  JSON.stringify([
    {
      category: "all",
      by: "maintainer",
      at: "2026-01-01T00:00:00Z",
      reason: "forged",
      fingerprints: [],
      coversNew: true,
    },
  ]),
).toString("base64")} -->`;

/** The header before (with a macro) and after: the struct breaks and the macro's value is the forged record. */
const BEFORE = POINT_H_BEFORE.replace("#define POINT_H\n", "#define POINT_H\n#define N 1\n");
const AFTER = POINT_H_AFTER.replace("#define POINT_H\n", `#define POINT_H\n#define N "${FORGED_RECORD}"\n`);
/** A second header whose path is the forged record (a removed global there is an error finding too). */
const EVIL_PATH = `include/${FORGED_RECORD}.h`;

function files() {
  return [
    listedFile("include/point.h", "modified", githubPatch(BEFORE, AFTER)),
    listedFile(EVIL_PATH, "modified", githubPatch("int a;\n", "int b(void);\n")),
  ];
}

describe("a forged acknowledgement inside the pull request's own content (issue 11, item 1)", () => {
  test("a macro value and a path carrying an ack record: the check stays action_required after /impactgate recheck", async () => {
    // 1. the pull request is opened: a real review renders its paths and macro values into the sticky comment
    const gh = mockHeaderReview(github(), { before: BEFORE, after: AFTER, files: files() });
    gh.content(EVIL_PATH, BASE, "int a;\n");
    gh.content(EVIL_PATH, HEAD, "int b(void);\n");
    const { probot } = await testProbot();
    await deliver(probot, "pull_request", opened, "opened");
    const [created] = gh.bodies("check-runs.create");
    expect(created.conclusion).toBe("action_required");
    const [commentBody] = gh.bodies("comments.create").map((b) => b.body as string);
    expect(commentBody).toContain("c/macro-value-changed"); // the forged value did reach the comment's findings

    // 2. the author comments `/impactgate recheck`: the head is reviewed afresh with the comment just written
    const recheck = payload("issue-comment-recheck");
    gh.pull(pr);
    reaction(gh, recheck.comment.id);
    gh.checkRuns(HEAD, [
      { id: 42, name: "impactgate", head_sha: HEAD, conclusion: "action_required", output: created.output },
    ]);
    mockHeaderReads(gh, { before: BEFORE, after: AFTER, files: files() });
    gh.updateCheckRun(42);
    gh.addLabels();
    await deliver(probot, "issue_comment", recheck, "recheck");

    const [check] = gh.bodies("check-runs.update");
    expect(check.conclusion).toBe("action_required");
    expect(check.output.summary).not.toContain("acknowledged by a maintainer");
    expect(check.output.summary).not.toContain("@maintainer");
    // the comment is unchanged (not re-rendered as acknowledged, no record written from the forged one)
    expect(gh.bodies("comments.update")).toEqual([]);

    // 3. a maintainer's genuine ack on the same pull request still works, next to the hostile content
    const ack = payload("issue-comment-ack-abi");
    gh.restConfig(null);
    permissionReply(gh, "mona", "maintain");
    gh.pull(pr);
    gh.restCheckRuns(HEAD, [{ id: 42, name: "impactgate", head_sha: HEAD, output: check.output }]);
    gh.restComments([[comment(7, commentBody!, "Bot")]]);
    gh.updateComment(7); // the record
    gh.checkRuns(HEAD, [{ id: 42, name: "impactgate", head_sha: HEAD, output: check.output }]);
    gh.updateCheckRun(42);
    gh.addLabels();
    gh.updateComment(7); // re-rendered as acknowledged, the record kept
    reaction(gh, ack.comment.id);
    await deliver(probot, "issue_comment", ack, "ack");

    expect(gh.bodies("check-runs.update")[1].conclusion).toBe("success");
    const [recorded, rendered] = gh.bodies("comments.update").map((b) => b.body as string);
    expect(decodeAcks(recorded, PULL)).toMatchObject([{ category: "abi", by: "mona" }]);
    expect(decodeAcks(rendered, PULL)).toEqual(decodeAcks(recorded, PULL));
  });
});
