import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { randomUUID } from "node:crypto";
import { Parser } from "web-tree-sitter";
import { cDetector } from "../../../src/detectors/c/index.js";
import {
  deleteTrees,
  parseHeaderTrees,
  treeDifference,
  useWholeFileFallback,
} from "../../../src/detectors/c/language.js";
import { diffEdits, lineEdits } from "../../../src/detectors/c/tree-edits.js";
import { buildModel } from "../../../src/detectors/c/parse-header.js";
import { defaultConfig } from "../../../src/config/defaults.js";
import type { ChangeSet } from "../../../src/engine/types.js";
import { changeSetOf } from "../../helpers/change-set.js";

/**
 * Issue 15 / issue 13 item 12: a header's text after macro blanking (or body-macro expansion), and
 * the other side of a change, are parsed incrementally from the trees of the text before them.
 * The trees must be exactly the fresh parse's, or findings would depend on the order of parses.
 */

/** Applies tree-sitter edits to a string the way `Tree.edit` reads them: in order, each in the text so far. */
function applyEdits(before: string, after: string, edits: NonNullable<ReturnType<typeof lineEdits>>): string {
  let text = before;
  for (const e of edits)
    text = text.slice(0, e.startIndex) + after.slice(e.startIndex, e.newEndIndex) + text.slice(e.oldEndIndex);
  return text;
}

/** Row and column of an offset, as tree-sitter counts them. */
function pointAt(text: string, index: number) {
  const before = text.slice(0, index);
  const row = before.split("\n").length - 1;
  return { row, column: index - (before.lastIndexOf("\n") + 1) };
}

// A header shaped like the kernel's: a field written as a macro call that tree-sitter-c cannot
// read (ERROR nodes, so the C++ grammar is tried too), an export macro before declarations.
const HEADER = [
  "#ifndef SOCK_H",
  "#define SOCK_H",
  "#define SOCK_API",
  "#define sock_ptr(type, name) union { type name; unsigned long long :64; } __attribute__((aligned(8)))",
  "struct sock_md {",
  "\tunsigned int len;",
  "\tsock_ptr(struct sock *, sk);",
  "\tunsigned int mark;",
  "};",
  "SOCK_API int sock_open(struct sock_md *md);",
  "SOCK_API void sock_close(struct sock_md *md);",
  "enum sock_state { SOCK_IDLE, SOCK_BUSY };",
  "#endif",
  "",
].join("\n");
const blank = (text: string) => text.replace(/SOCK_API(?= )/g, "        ");

describe("incremental parses of a header", () => {
  beforeAll(async () => {
    await cDetector.init!();
  });

  it("finds the changed runs of lines of texts that keep their lines", () => {
    const after = blank(HEADER);
    const edits = lineEdits(HEADER, after)!;
    expect(edits).toHaveLength(1); // the two SOCK_API lines are one run
    expect(applyEdits(HEADER, after, edits)).toBe(after);
    const [e] = edits;
    expect(e!.startPosition).toEqual(pointAt(after, e!.startIndex));
    expect(e!.oldEndPosition).toEqual(pointAt(HEADER, e!.oldEndIndex));
    expect(e!.newEndPosition).toEqual(pointAt(after, e!.newEndIndex));
    expect(lineEdits(HEADER, `${HEADER}int extra;\n`)).toBeUndefined(); // a line more: not aligned
    expect(lineEdits(HEADER, HEADER)).toEqual([]);
  });

  it("finds inserted and deleted lines of the other side of a change", () => {
    const after = HEADER.replace("\tunsigned int mark;\n", "\tunsigned int mark;\n\tunsigned int prio;\n").replace(
      "SOCK_API void sock_close(struct sock_md *md);\n",
      "",
    );
    const edits = diffEdits(HEADER, after);
    expect(edits).toHaveLength(2);
    // each edit in the coordinates of the text with the edits before it applied
    let text = HEADER;
    for (const e of edits) {
      expect(e.startPosition).toEqual(pointAt(text, e.startIndex));
      expect(e.oldEndPosition).toEqual(pointAt(text, e.oldEndIndex));
      text = text.slice(0, e.startIndex) + after.slice(e.startIndex, e.newEndIndex) + text.slice(e.oldEndIndex);
      expect(e.newEndPosition).toEqual(pointAt(text, e.newEndIndex));
    }
    expect(text).toBe(after);
    expect(diffEdits("a\nb", "a\nc")).toHaveLength(1); // a last line without a newline
    expect(applyEdits("a\nb", "a\nc", diffEdits("a\nb", "a\nc"))).toBe("a\nc");
  });

  // The C++ grammar parses whole texts where the local fallback cannot be used (C++ headers,
  // errors over most of a text): here it is made to, so both grammars' incremental trees are seen.
  it("gives the fresh parse's trees, with both grammars, for a blanked text and for the other side", () => {
    useWholeFileFallback(true);
    const first = parseHeaderTrees("include/sock.h", HEADER);
    expect(first.c!.rootNode.hasError).toBe(true);
    expect(first.cpp).toBeDefined();
    const variants: [string, boolean][] = [
      [blank(HEADER), true],
      [HEADER.replace("\tunsigned int mark;\n", "\tunsigned int mark;\n\tunsigned int prio;\n"), false],
      [HEADER.replace("enum sock_state { SOCK_IDLE, SOCK_BUSY };\n", ""), false],
      [HEADER.replace("struct sock_md {", "struct sock_md {{"), false], // a new error
    ];
    for (const [text, linesKept] of variants) {
      const incremental = parseHeaderTrees("include/sock.h", text, first, linesKept);
      const fresh = parseHeaderTrees("include/sock.h", text);
      expect(incremental.language).toBe(fresh.language);
      expect(Boolean(incremental.cpp)).toBe(Boolean(fresh.cpp));
      expect(treeDifference(incremental.c!, fresh.c!)).toBeUndefined();
      if (fresh.cpp) expect(treeDifference(incremental.cpp!, fresh.cpp)).toBeUndefined();
      deleteTrees(incremental);
      deleteTrees(fresh);
    }
    // the comparison sees a difference where there is one
    const other = parseHeaderTrees("include/sock.h", blank(HEADER));
    expect(treeDifference(first.c!, other.c!)).toMatch(/ERROR|vs/);
    deleteTrees(other);
    deleteTrees(first);
    useWholeFileFallback(false);
  });
});

describe("a header's macros without its declarations", () => {
  beforeAll(async () => {
    await cDetector.init!();
  });

  it("reads the same macros as the whole model, and no declaration; the declarations alone are the rest", () => {
    const text = [
      "#ifndef NET_H",
      "#define NET_H",
      "#define NET_MAX 16",
      "#ifdef _WIN32",
      "#define NET_API __declspec(dllexport)",
      "#else",
      "#define NET_API",
      "#endif",
      "struct net { int fd; char name[NET_MAX]; };",
      "#define NET_FLAG(n) (1u << (n))",
      "NET_API int net_open(struct net *n);",
      "#endif",
      "",
    ].join("\n");
    const trees = parseHeaderTrees("include/net.h", text);
    const tree = trees[trees.language]!;
    const whole = buildModel(tree.rootNode, trees.language, () => {});
    const macros = buildModel(tree.rootNode, trees.language, () => {}, "macros");
    expect(macros.macros).toEqual(whole.macros);
    expect(macros.macros.map((m) => m.name)).toEqual(["NET_MAX", "NET_API", "NET_API", "NET_FLAG"]);
    expect(whole.records.length).toBeGreaterThan(0);
    expect(macros.records).toEqual([]);
    expect(macros.functions).toEqual([]);
    // the declarations alone: everything but the macros, as the whole model has it
    const declarations = buildModel(tree.rootNode, trees.language, () => {}, "declarations");
    expect(declarations.macros).toEqual([]);
    expect(declarations).toEqual({ ...whole, macros: [] });
    deleteTrees(trees);
  });
});

describe("the model cache parses derived texts incrementally", () => {
  const calls: { text: string; incremental: boolean }[] = [];
  const parse = Parser.prototype.parse;
  beforeAll(async () => {
    await cDetector.init!();
    Parser.prototype.parse = function (this: Parser, ...args: Parameters<Parser["parse"]>) {
      if (typeof args[0] === "string") calls.push({ text: args[0], incremental: Boolean(args[1]) });
      return parse.apply(this, args);
    };
  });
  afterAll(() => {
    Parser.prototype.parse = parse;
    useWholeFileFallback(false);
  });

  it("parses each side's header afresh once at most, the rest from trees it has", () => {
    useWholeFileFallback(true); // as above: both grammars' whole-text trees
    const marker = `/* ${randomUUID()} */\n`;
    const before = marker + HEADER;
    const after = marker + HEADER.replace("SOCK_API void sock_close(struct sock_md *md);\n", "");
    const cs: ChangeSet = changeSetOf([{ path: "include/sock.h", status: "modified", before, after, hunks: [] }]);
    calls.length = 0;
    const findings = cDetector.analyze!(cs.files[0]!, { config: defaultConfig(), changeSet: cs, checkBudget: () => {} })
      .findings.map((f) => f.ruleId)
      .sort();
    // the function removed is read from the trees built incrementally
    expect(findings).toContain("c/function-removed");
    const ofSide = (text: string) =>
      calls.filter((c) => c.text.startsWith(marker) && c.text.includes("sock_close") === text.includes("sock_close"));
    // the side parsed first: as written with C, then C++ (C leaves errors) — fresh; every other
    // parse of its texts (SOCK_API blanked, each grammar) incremental
    const first = ofSide(before);
    expect(first.filter((c) => !c.incremental)).toHaveLength(2);
    expect(first.filter((c) => c.incremental).length).toBeGreaterThanOrEqual(2);
    // the other side: from the first side's trees, nothing fresh
    expect(ofSide(after).length).toBeGreaterThan(0);
    expect(ofSide(after).filter((c) => !c.incremental)).toEqual([]);
  });
});
