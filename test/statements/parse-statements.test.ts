import { describe, expect, test } from "@jest/globals";
import { parseStatements } from "../../src/statements/parse-statements.js";
import { statementTemplate, STATEMENT_PROMPTS } from "../../src/statements/template.js";
import { trailerKey } from "../../src/statements/template.js";
import { defaultConfig } from "../../src/config/defaults.js";
import { CATEGORIES } from "../../src/engine/types.js";
import type { Category } from "../../src/engine/types.js";
import type { ParsedStatement } from "../../src/statements/types.js";

const names = defaultConfig().statements;
type Kinds = Partial<Record<Category, ParsedStatement["kind"]>>;
type Texts = Partial<Record<Category, string>>;

/** [case, description, expected kinds (others absent), expected texts] */
const table: [string, string, Kinds, Texts?][] = [
  // headings of every level, ATX and setext
  ["h1", "# ABI impact\nAdds a field at the end.", { abi: "text" }, { abi: "Adds a field at the end." }],
  ["h2", "## ABI impact\nAdds a field at the end.", { abi: "text" }],
  ["h3", "### ABI impact\nAdds a field at the end.", { abi: "text" }],
  ["h4", "#### ABI impact\nAdds a field at the end.", { abi: "text" }],
  ["h5", "##### ABI impact\nAdds a field at the end.", { abi: "text" }],
  ["h6", "###### ABI impact\nAdds a field at the end.", { abi: "text" }],
  ["seven hashes are not a heading", "####### ABI impact\nAdds a field.", {}],
  ["no space after # is not a heading", "##ABI impact\nAdds a field.", {}],
  ["closing hashes", "## ABI impact ##\nAdds a field.", { abi: "text" }, { abi: "Adds a field." }],
  ["indented up to three spaces", "   ## ABI impact\nAdds a field.", { abi: "text" }],
  ["four spaces is code", "    ## ABI impact\nAdds a field.", {}],
  ["setext level 1", "ABI impact\n==========\nAdds a field.", { abi: "text" }, { abi: "Adds a field." }],
  ["setext level 2", "ABI impact\n---\nAdds a field.", { abi: "text" }, { abi: "Adds a field." }],
  ["setext underline after a blank line is a rule", "ABI impact\n\n---\nAdds a field.", {}],
  ["heading with trailing colon", "## ABI impact:\nAdds a field.", { abi: "text" }],
  ["heading in bold", "## **ABI impact**\nAdds a field.", { abi: "text" }],
  ["heading with value inline", "### ABI impact: none", { abi: "none" }, { abi: "none" }],
  ["case-insensitive heading", "## abi IMPACT\nAdds a field.", { abi: "text" }],
  [
    "content stops at a same-level heading",
    "## ABI impact\nAdds a field.\n## Testing\nRan the selftests.",
    { abi: "text" },
    { abi: "Adds a field." },
  ],
  [
    "content keeps deeper headings",
    "## ABI impact\nAdds a field.\n### Details\nAt the end.\n# Next",
    { abi: "text" },
    { abi: "Adds a field.\n### Details\nAt the end." },
  ],
  [
    "a setext underline takes the whole paragraph as heading",
    "## ABI impact\nAdds a field.\nOther\n---\nText",
    { abi: "empty" },
  ],
  [
    "content stops at a statement label",
    "## ABI impact\nAdds a field.\n\nFork-Impact: none",
    { abi: "text", fork: "none" },
    { abi: "Adds a field." },
  ],
  [
    "content stops at a higher-level setext heading",
    "### ABI impact\nAdds a field.\n\nOther\n=====\nText",
    { abi: "text" },
    { abi: "Adds a field." },
  ],
  // trailers and bold labels
  [
    "trailer",
    "Fix the ioctl.\n\nABI-Impact: struct grows by 8 bytes",
    { abi: "text" },
    { abi: "struct grows by 8 bytes" },
  ],
  ["trailer any case", "abi-impact: struct grows", { abi: "text" }],
  [
    "trailer block splits per trailer",
    "Fix.\n\nABI-Impact: none\nCross-Package-Impact: libfoo must bump first\nFork-Impact: n/a\nSigned-off-by: A <a@example.org>",
    { abi: "none", "cross-package": "text", fork: "none" },
    { abi: "none", "cross-package": "libfoo must bump first", fork: "n/a" },
  ],
  [
    "trailer continues over its paragraph",
    "ABI-Impact: struct grows;\n  old binaries still work\n\nThanks",
    { abi: "text" },
    { abi: "struct grows;\nold binaries still work" },
  ],
  [
    "bold label with colon inside",
    "**ABI impact:** adds `flags`.\nOld readers ignore it.\n\nUnrelated paragraph.",
    { abi: "text" },
    { abi: "adds `flags`.\nOld readers ignore it." },
  ],
  ["bold label with colon outside", "**ABI impact**: None.", { abi: "none" }, { abi: "None." }],
  ["bold label as a list item", "- **Fork impact:** carried until upstream takes it", { fork: "text" }],
  ["underscore emphasis label", "__Fork impact:__ carried until upstream takes it", { fork: "text" }],
  [
    "label stops at the next label",
    "**ABI impact:** grows\n**Fork impact:** none",
    { abi: "text", fork: "none" },
    { abi: "grows", fork: "none" },
  ],
  ["plain label with spaces", "ABI impact: adds a flag", { abi: "text" }],
  ["prose mentioning the name is not a statement", "The ABI impact is discussed below.", {}],
  // HTML comments
  ["comment hides a heading", "<!--\n## ABI impact\nAdds a field.\n-->", {}],
  [
    "comment hides the text, leaving it empty",
    "## ABI impact\n<!-- Say what changes for users. -->\n",
    { abi: "empty" },
  ],
  ["unterminated comment hides the rest", "## ABI impact\n<!-- Say what changes\nAdds a field.", { abi: "empty" }],
  [
    "comment inside the text is removed",
    "## ABI impact\nAdds <!-- hidden --> a field.",
    { abi: "text" },
    { abi: "Adds  a field." },
  ],
  // placeholders and empty statements
  ["empty heading", "## ABI impact\n\n## Fork impact\n", { abi: "empty", fork: "empty" }],
  ["TODO", "## ABI impact\nTODO", { abi: "empty" }],
  ["TBD with punctuation", "## ABI impact\nTBD.", { abi: "empty" }],
  ["TODO with a note", "## ABI impact\nTODO: after the review", { abi: "empty" }],
  ["ellipsis", "## ABI impact\n…", { abi: "empty" }],
  ["three dots", "ABI-Impact: ...", { abi: "empty" }],
  ["angle-bracket placeholder", "## ABI impact\n<fill in>", { abi: "empty" }],
  ["trailer with nothing", "ABI-Impact:", { abi: "empty" }],
  [
    "pasted template, not filled",
    statementTemplate(CATEGORIES, names),
    { abi: "empty", "cross-package": "empty", fork: "empty" },
  ],
  [
    "pasted template with one answer",
    statementTemplate(CATEGORIES, names).replace(`_${STATEMENT_PROMPTS.fork}_`, `_${STATEMENT_PROMPTS.fork}_\nNone.`),
    { abi: "empty", "cross-package": "empty", fork: "none" },
    { fork: "None." },
  ],
  // explicit none
  ["none", "## ABI impact\nnone", { abi: "none" }],
  ["None.", "## ABI impact\nNone.", { abi: "none" }],
  ["N/A.", "## ABI impact\nN/A.", { abi: "none" }],
  ["n/a", "ABI-Impact: n/a", { abi: "none" }],
  ["No impact.", "## ABI impact\nNo impact.", { abi: "none" }],
  ["No ABI impact", "## ABI impact\n**No ABI impact**", { abi: "none" }],
  ["not applicable", "## Fork impact\nNot applicable", { fork: "none" }],
  [
    "none with an explanation is text",
    "## ABI impact\nNone: the header is internal and never installed.",
    { abi: "text" },
  ],
  // task lists
  ["ticked none", "## ABI impact\n- [x] None\n- [ ] Described below", { abi: "none" }, { abi: "None" }],
  [
    "ticked with text",
    "## ABI impact\n- [ ] None\n- [X] Described below: adds a field",
    { abi: "text" },
    { abi: "Described below: adds a field" },
  ],
  ["nothing ticked", "## ABI impact\n- [ ] None\n- [ ] Described below", { abi: "empty" }],
  // code fences
  ["heading in a backtick fence", "```\n## ABI impact\nAdds a field.\n```", {}],
  ["trailer in a tilde fence", "~~~md\nABI-Impact: none\n~~~", {}],
  [
    "fence inside the statement stays in it",
    "## ABI impact\nNew layout:\n```c\n# define X 1\n```",
    { abi: "text" },
    { abi: "New layout:\n```c\n# define X 1\n```" },
  ],
  ["longer closing fence needed", "````\n```\n## ABI impact\n````\nABI-Impact: none", { abi: "none" }],
  // multiple categories, priority
  [
    "all three",
    "## ABI impact\nAdds a field.\n\n## Cross-package impact\nlibfoo first.\n\n## Fork impact\nNone.",
    { abi: "text", "cross-package": "text", fork: "none" },
  ],
  [
    "a real statement wins over none",
    "## ABI impact\nNone.\n\nABI-Impact: adds a field",
    { abi: "text" },
    { abi: "adds a field" },
  ],
  [
    "the first real statement wins",
    "ABI-Impact: first\nFork-Impact: x\n\nABI-Impact: second",
    { abi: "text", fork: "text" },
    { abi: "first" },
  ],
  // line endings
  [
    "CRLF",
    "## ABI impact\r\nAdds a field.\r\n\r\n## Fork impact\r\nN/A\r\n",
    { abi: "text", fork: "none" },
    { abi: "Adds a field." },
  ],
  ["lone CR", "## ABI impact\rAdds a field.", { abi: "text" }],
  ["empty body", "", {}],
];

describe("parseStatements (default names)", () => {
  test.each(table)("%s", (_name, body, kinds, texts = {}) => {
    const parsed = parseStatements(body, names);
    for (const category of CATEGORIES) {
      expect([category, parsed[category].kind]).toEqual([category, kinds[category] ?? "absent"]);
      if (texts[category] !== undefined) expect(parsed[category].text).toBe(texts[category]);
    }
  });
});

describe("parseStatements (configured names)", () => {
  const custom = { abi: "Userspace impact", "cross-package": "Library impact", fork: "Downstream notes" };

  test("a custom heading and its derived trailer are found", () => {
    const parsed = parseStatements(
      "## Userspace impact\nNew ioctl.\n\nLibrary-Impact: none\nDownstream-Notes: rebased",
      custom,
    );
    expect(parsed.abi).toMatchObject({ kind: "text", text: "New ioctl.", line: 1 });
    expect(parsed["cross-package"]).toMatchObject({ kind: "none", line: 4 });
    expect(parsed.fork).toMatchObject({ kind: "text", text: "rebased" });
  });

  test("the default names no longer count", () => {
    const parsed = parseStatements("## ABI impact\nAdds a field.", custom);
    expect(parsed.abi.kind).toBe("absent");
  });
});

describe("statementTemplate", () => {
  test("gives a heading and an italic prompt per category", () => {
    expect(statementTemplate(["abi", "fork"], names)).toBe(
      `## ABI impact\n_${STATEMENT_PROMPTS.abi}_\n\n## Fork impact\n_${STATEMENT_PROMPTS.fork}_\n`,
    );
  });
});

describe("trailerKey", () => {
  test.each([
    ["ABI impact", "ABI-Impact"],
    ["Cross-package impact", "Cross-Package-Impact"],
    ["fork  impact", "Fork-Impact"],
  ])("%s → %s", (name, key) => {
    expect(trailerKey(name)).toBe(key);
    expect(parseStatements(`${key}: adds a field`, { ...names, abi: name }).abi.kind).toBe("text");
  });
});
