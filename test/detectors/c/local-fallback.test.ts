import { afterAll, afterEach, beforeAll, describe, expect, it } from "@jest/globals";
import { Parser } from "web-tree-sitter";
import { cDetector } from "../../../src/detectors/c/index.js";
import {
  deleteTrees,
  forgetRegionErrors,
  parseHeaderTrees,
  useWholeFileFallback,
} from "../../../src/detectors/c/language.js";
import { modelOfTrees } from "../../../src/detectors/c/parse-header.js";

/**
 * Issue 15: where the C grammar leaves errors in a `.h` file only inside declarations' bodies,
 * those declarations alone are read again with the C++ grammar, not the whole file, and the model
 * takes their C++ reading where it has fewer errors — the model the whole-file C++ parse gave.
 */

// Kernel-shaped: a field written as a macro call that tree-sitter-c cannot read (C++ reads it as
// a member function's declaration), among declarations both grammars read alike.
const HEADER = [
  "#ifndef RING_H",
  "#define RING_H",
  "struct ring_entry { unsigned int id; unsigned int len; };",
  "struct ring {",
  "\tunsigned int head;",
  "\tunsigned int tail;",
  "\tDECLARE_FLEX(struct ring_entry, entries);",
  "};",
  "int ring_open(struct ring *r, unsigned int size);",
  "enum ring_state { RING_IDLE, RING_BUSY };",
  "typedef struct ring ring_t;",
  "#endif",
  "",
].join("\n");

const read = (text: string) => {
  const trees = parseHeaderTrees("include/ring.h", text);
  try {
    const shape = { regions: trees.regions?.size, cpp: trees.cpp !== undefined, language: trees.language };
    return { trees: shape, model: modelOfTrees(trees, () => {}) };
  } finally {
    deleteTrees(trees);
  }
};

/** Parses of a region alone (`includedRanges`), counted at web-tree-sitter's own `parse`. */
let regionParses = 0;
const parse = Parser.prototype.parse;

describe("local C++ fallback", () => {
  beforeAll(async () => {
    await cDetector.init!();
    Parser.prototype.parse = function (this: Parser, ...args: Parameters<Parser["parse"]>) {
      if (args[2]?.includedRanges) regionParses++;
      return parse.apply(this, args);
    };
  });
  afterAll(() => {
    Parser.prototype.parse = parse;
  });
  afterEach(() => {
    useWholeFileFallback(false);
    forgetRegionErrors();
  });

  it("reads the declaration C failed in with C++, and the rest of the header with C", () => {
    const { trees, model } = read(HEADER);
    // no C++ parse of the whole text: one region's tree; the language is the whole-file choice's
    expect(trees).toEqual({ regions: 1, cpp: false, language: "cpp" });
    expect(model.language).toBe("cpp");
    expect(model.gaps).toEqual([]);
    expect(model.guard).toBe("RING_H");
    expect(model.records.map((r) => [r.name, r.fields.map((f) => f.name)])).toEqual([
      ["ring_entry", ["id", "len"]],
      ["ring", ["head", "tail"]],
    ]);
    expect(model.functions.map((f) => [f.name, f.params.length, f.line])).toEqual([["ring_open", 2, 9]]);
    expect(model.enums.map((e) => e.name)).toEqual(["ring_state"]);
    expect(model.typedefs.map((t) => t.name)).toEqual(["ring_t"]);
  });

  it("gives the model the whole-file C++ parse gave", () => {
    const local = read(HEADER).model;
    useWholeFileFallback(true);
    const { trees, model: whole } = read(HEADER);
    expect(trees).toEqual({ regions: undefined, cpp: true, language: "cpp" });
    expect(local).toEqual(whole);
  });

  it("keeps C's reading, with its gap, where C++ reads the declaration no better", () => {
    const text = HEADER.replace("DECLARE_FLEX(struct ring_entry, entries);", "unsigned int @ entries;");
    const { trees, model } = read(text);
    expect(trees).toEqual({ regions: 0, cpp: false, language: "c" });
    expect(model.gaps.map((g) => g.line)).toEqual([7]);
    expect(model.records.map((r) => r.name)).toEqual(["ring_entry", "ring"]);
    expect(model.functions.map((f) => f.name)).toEqual(["ring_open"]);
  });

  it("parses the whole file with C++ when an error is between declarations", () => {
    // a default argument: outside any body, where each grammar may read what follows differently
    const text = HEADER.replace("unsigned int size);", "unsigned int size = 64);");
    const { trees, model } = read(text);
    expect(trees).toEqual({ regions: undefined, cpp: true, language: "cpp" });
    expect(model.functions.map((f) => [f.name, f.params.length])).toEqual([["ring_open", 2]]);
  });

  it("parses the whole file with C++ when the errors cover most of it", () => {
    const text = "struct s {\n\tDECLARE_FLEX(int, items);\n};\n";
    const { trees } = read(text);
    expect(trees).toEqual({ regions: undefined, cpp: true, language: "cpp" });
  });

  it("does not parse a region again where its text was read before and C++ read it no better", () => {
    const bad = HEADER.replace("DECLARE_FLEX(struct ring_entry, entries);", "unsigned int @ entries;");
    regionParses = 0;
    const first = read(bad);
    expect(regionParses).toBe(1);
    // the same declaration elsewhere in another text: the other side of a change, lines moved
    const moved = `/* moved */\nint ring_close(struct ring *r);\n${bad}`;
    regionParses = 0;
    const again = read(moved);
    expect(regionParses).toBe(0);
    forgetRegionErrors();
    const fresh = read(moved);
    expect(regionParses).toBe(1);
    expect(again).toEqual(fresh);
    expect(again.trees).toEqual({ regions: 0, cpp: false, language: "c" });
    const shape = (m: typeof first.model) => m.records.map((r) => [r.name, r.fields.map((f) => f.name)]);
    expect(shape(first.model)).toEqual(shape(fresh.model));
    expect(first.model.gaps.map((g) => g.line + 2)).toEqual(fresh.model.gaps.map((g) => g.line));
  });

  it("parses a remembered region again where C++ is chosen (its tree is read)", () => {
    read(HEADER);
    const moved = `/* moved */\n${HEADER}`;
    regionParses = 0;
    const again = read(moved);
    expect(regionParses).toBe(1);
    forgetRegionErrors();
    expect(again).toEqual(read(moved));
    expect(again.trees).toEqual({ regions: 1, cpp: false, language: "cpp" });
  });
});
