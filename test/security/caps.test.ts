import { describe, expect, test } from "@jest/globals";
import { useNock } from "../app/helpers/use-nock.js";
import { testProbot } from "../app/helpers/probot.js";
import { deliver } from "../app/helpers/deliver.js";
import { github } from "../app/helpers/github.js";
import { payload } from "../app/helpers/payloads.js";
import { mockHeaderReview } from "../app/helpers/mock-header-review.js";
import { opened } from "../app/ack-helpers.js";
import { parseCommand, MAX_COMMENT_CHARS } from "../../src/statements/parse-command.js";
import { queuePulls } from "../../src/app/merge-group/group-verdict.js";
import { redactedLogger } from "../../src/app/security/redacted-logger.js";

useNock();

describe("caps are enforced and said", () => {
  test("files per review, bytes per file and description size: each named in the check summary with its key", async () => {
    // The files are include/point.h, then README.md: the second is over `files: 1`. The header is
    // read at both commits, then over 50 bytes: not parsed.
    const gh = mockHeaderReview(github(), { config: "limits:\n  files: 1\n  bytes-per-file: 50\n  body-chars: 20\n" });
    const { probot } = await testProbot();
    await deliver(probot, "pull_request", opened);

    const summary = gh.bodies("check-runs.create")[0].output.summary as string;
    expect(summary).toContain("README.md");
    expect(summary).toContain("over limits.files (1)");
    expect(summary).toContain("larger than limits.bytes-per-file (50 bytes)");
    expect(summary).toContain("`limits.body-chars`");
    expect(summary).toContain(`has ${opened.pull_request.body.length} characters`);
  });

  test("a command past the comment cap is not read (no request at all)", async () => {
    const long = payload("issue-comment-help");
    long.comment.body = `${"x".repeat(MAX_COMMENT_CHARS)}\n/impactgate ack all sneaky`;
    const { probot } = await testProbot();
    await deliver(probot, "issue_comment", long);
    expect(parseCommand(long.comment.body)).toBeUndefined();
  });
});

describe("patterns over hostile input finish and stay correct", () => {
  test("merge group commit messages: a megabyte subject, digits without end, a real number after them", () => {
    const hostile = [
      "#".repeat(1_000_000),
      `Merge pull request #${"9".repeat(100_000)} x`,
      `${"(#".repeat(200_000)}`,
      "Fix (#12)",
    ];
    expect(queuePulls(`refs/heads/gh-readonly-queue/main/pr-${"1".repeat(50_000)}-abc`, hostile)).toEqual([12]);
  });

  test("log scrubbing: long runs of almost-secrets are scrubbed or kept, never hang", () => {
    const lines: string[] = [];
    const log = redactedLogger([], { destination: { write: (l: string) => void lines.push(l) } });
    log.info(
      `${"-----BEGIN RSA PRIVATE KEY-----".repeat(2_000)} ${"ghs_".repeat(50_000)} ${"eyJ".repeat(50_000)}. token ${"a".repeat(100_000)}`,
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("token [Redacted]");
  });
});
