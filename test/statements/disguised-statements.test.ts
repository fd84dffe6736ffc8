import { describe, expect, test } from "@jest/globals";
import { parseStatements } from "../../src/statements/parse-statements.js";
import { parseCommand } from "../../src/statements/parse-command.js";
import { defaultConfig } from "../../src/config/defaults.js";
import { changeSetFromTrees } from "../../src/engine/from-trees.js";
import { review } from "../../src/engine/review.js";

// Issue 11, item 9: statements that render as nothing, or as "none", were accepted as real
// statements (which also slipped past the "none is contradicted" check), and a command inside
// <pre>/<code> was honoured. Statements are now judged on the rendered, normalised text.
const names = defaultConfig().statements;
const abi = (statement: string) => parseStatements(`## ABI impact\n${statement}\n`, names).abi;

describe("a statement that renders as nothing is empty", () => {
  test.each([
    ["zero-width spaces", "\u200b\u200b\u200b"],
    ["a zero-width joiner and a word joiner", "\u200d\u2060"],
    ["the Hangul filler U+3164", "\u3164"],
    ["the halfwidth Hangul filler U+FFA0", "\uffa0\uffa0"],
    ["a soft hyphen", "\u00ad"],
    ["a blank Braille pattern", "\u2800"],
    ["&nbsp;", "&nbsp;"],
    ["a literal no-break space", "\u00a0"],
    ["an empty paragraph element", "<p></p>"],
    ["empty bold", "<b></b>"],
    ["an image tag", '<img src="x.png" alt="we checked">'],
    ["an empty link", "[](https://example.com)"],
    ["a link of invisible text", "[\u200b](https://example.com)"],
    ["a link reference definition", "[x]: https://example.com"],
    ["an indented code block", "\n    struct grows, users rebuild"],
    ["a fenced code block", "```\nstruct grows, users rebuild\n```"],
    ["a <pre> block", "<pre>struct grows, users rebuild</pre>"],
    ["HTML code", "<code>struct grows, users rebuild</code>"],
    ["a code span alone", "`struct grows, users rebuild`"],
    ["a hidden element", "<template>struct grows</template>"],
  ])("%s", (_name, statement) => {
    expect(abi(statement).kind).toBe("empty");
  });

  test("20,000 nested HTML elements: empty, not a stack overflow", () => {
    expect(abi("<div>".repeat(20_000)).kind).toBe("empty");
    expect(abi(`${"<div>".repeat(20_000)}struct grows`).kind).toBe("text");
  });

  test("the same words as plain text are a statement (the control)", () => {
    expect(abi("struct grows, users rebuild").kind).toBe("text");
    expect(abi("<details><summary>Layout</summary>struct grows, users rebuild</details>").kind).toBe("text");
  });
});

describe('a disguised "none" is "none"', () => {
  test.each([
    ["a numeric entity", "&#78;one"],
    ["a hex entity", "&#x4e;&#x2f;&#x41;"],
    ["bold HTML", "<b>None</b>"],
    ["a paragraph element", "<p>n/a</p>"],
    ["a fullwidth solidus", "N\uff0fA"],
    ["fullwidth letters", "\uff2e\uff4f\uff4e\uff45"],
    ["Cyrillic о and е", "N\u043en\u0435"],
    ["Cyrillic А in N/A", "N/\u0410"],
    ["Greek capitals", "\u039d\u03bfne"],
    ["zero-width spaces inside", "N\u200bo\u200bn\u200be"],
    ["no-break spaces around", "&nbsp;None&nbsp;"],
    ["a soft hyphen inside", "No\u00adne."],
    ["an escaped solidus", "N\\/A"],
  ])("%s", (_name, statement) => {
    expect(abi(statement).kind).toBe("none");
  });

  test("and is contradicted by an error finding like a plain none", async () => {
    const before = { "include/a.h": "struct point { int x; int y; };\n" };
    const after = { "include/a.h": "struct point { int x; long z; int y; };\n" };
    for (const statement of ["none", "N\u043en\u0435", "&#78;one", "<b>None</b>", "N\uff0fA"]) {
      const result = await review(
        changeSetFromTrees({ before, after, body: `## ABI impact\n${statement}\n` }),
        defaultConfig(),
      );
      expect([statement, result.categories.abi.state]).toEqual([statement, "contradicted"]);
      expect(result.conclusion).toBe("action_required");
    }
  });
});

describe("commands only from plain paragraphs", () => {
  test.each([
    ["a <pre> block", "<pre>\n/impactgate ack all it is fine\n</pre>"],
    ["a one-line <pre>", "<pre>/impactgate ack all it is fine</pre>"],
    ["HTML code over lines", "Look:\n<code>\n/impactgate ack all it is fine\n</code>"],
    ["a list item", "- /impactgate ack all it is fine"],
    ["a <details> block", "<details>\n/impactgate ack all it is fine\n</details>"],
  ])("not in %s", (_name, body) => {
    expect(parseCommand(body)).toBeUndefined();
  });

  test("a plain paragraph line still is one (the control)", () => {
    expect(parseCommand("Thanks!\n/impactgate ack all it is fine")).toEqual({
      kind: "ack",
      category: "all",
      reason: "it is fine",
    });
  });
});
