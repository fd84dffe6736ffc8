import { describe, expect, test } from "@jest/globals";
import { parseCommand, MAX_COMMENT_CHARS, MAX_REASON_CHARS } from "../../src/statements/parse-command.js";
import type { Command } from "../../src/statements/parse-command.js";

const table: [string, string, Command | undefined][] = [
  [
    "ack with category",
    "/impactgate ack abi the ioctl was never released",
    { kind: "ack", category: "abi", reason: "the ioctl was never released" },
  ],
  [
    "ack cross-package",
    "/impactgate ack cross-package libfoo bumps in lockstep",
    { kind: "ack", category: "cross-package", reason: "libfoo bumps in lockstep" },
  ],
  [
    "ack fork",
    "/impactgate ack fork carried until 6.9",
    { kind: "ack", category: "fork", reason: "carried until 6.9" },
  ],
  ["ack all", "/impactgate ack all release branch", { kind: "ack", category: "all", reason: "release branch" }],
  [
    "ack without category means all",
    "/impactgate ack userspace never used it",
    { kind: "ack", category: "all", reason: "userspace never used it" },
  ],
  ["category with a colon", "/impactgate ack abi: fine", { kind: "ack", category: "abi", reason: "fine" }],
  ["case-insensitive", "/Impactgate ACK ABI fine by me", { kind: "ack", category: "abi", reason: "fine by me" }],
  [
    "reason over the paragraph",
    "/impactgate ack abi first line\nsecond line\n\nnot the reason",
    { kind: "ack", category: "abi", reason: "first line\nsecond line" },
  ],
  [
    "reason on the next line",
    "/impactgate ack fork\ncarried downstream",
    { kind: "ack", category: "fork", reason: "carried downstream" },
  ],
  ["command after other text", "Looks good.\n\n/impactgate recheck", { kind: "recheck" }],
  ["recheck", "/impactgate recheck", { kind: "recheck" }],
  ["help", "/impactgate help", { kind: "help" }],
  ["bare prefix is help", "/impactgate", { kind: "help" }],
  ["CRLF", "/impactgate recheck\r\n", { kind: "recheck" }],
  ["indented up to three spaces", "   /impactgate recheck", { kind: "recheck" }],
  ["the first command wins", "/impactgate recheck\n/impactgate help", { kind: "recheck" }],
  // not commands
  ["no command", "LGTM, thanks!", undefined],
  ["not at the start of a line", "please run /impactgate recheck", undefined],
  ["quoted", "> /impactgate ack abi reason\n\nI agree", undefined],
  ["nested quote", "> > /impactgate ack abi reason", undefined],
  ["in a code fence", "```\n/impactgate ack abi reason\n```", undefined],
  ["in an HTML comment", "<!-- /impactgate ack abi reason -->", undefined],
  ["four spaces is code", "    /impactgate ack abi reason", undefined],
  ["longer word", "/impactgatex recheck", undefined],
  ["in inline code", "`/impactgate ack abi reason`", undefined],
  ["past the length cap", `${"x".repeat(MAX_COMMENT_CHARS)}\n/impactgate recheck`, undefined],
];

describe("parseCommand", () => {
  test.each(table)("%s", (_name, body, expected) => {
    expect(parseCommand(body)).toEqual(expected);
  });

  test("an ack without a reason says how to write one", () => {
    const command = parseCommand("/impactgate ack abi");
    expect(command).toEqual({ kind: "invalid", message: expect.stringContaining("needs a reason") });
    expect((command as { message: string }).message).toContain("/impactgate ack [abi|cross-package|fork|all] <reason>");
  });

  test("an ack with nothing at all needs a reason too", () => {
    expect(parseCommand("/impactgate ack")).toMatchObject({
      kind: "invalid",
      message: expect.stringContaining("needs a reason"),
    });
  });

  test("a category typo is refused rather than acking everything", () => {
    expect(parseCommand("/impactgate ack api the ioctl is new")).toMatchObject({
      kind: "invalid",
      message: expect.stringContaining("did you mean `abi`?"),
    });
    expect(parseCommand("/impactgate ack forks carried")).toMatchObject({
      kind: "invalid",
      message: expect.stringContaining("did you mean `fork`?"),
    });
  });

  test("an ordinary first word is part of the reason", () => {
    expect(parseCommand("/impactgate ack for the 6.9 release")).toEqual({
      kind: "ack",
      category: "all",
      reason: "for the 6.9 release",
    });
  });

  test("an unknown subcommand suggests the closest one and lists the commands", () => {
    const command = parseCommand("/impactgate rechek");
    expect(command).toMatchObject({ kind: "invalid", message: expect.stringContaining("did you mean `recheck`?") });
    expect((command as { message: string }).message).toContain("/impactgate help");
  });

  test("a long reason is capped", () => {
    const command = parseCommand(`/impactgate ack abi ${"r".repeat(5000)}`);
    expect(command?.kind).toBe("ack");
    expect((command as { reason: string }).reason).toHaveLength(MAX_REASON_CHARS);
  });
});
