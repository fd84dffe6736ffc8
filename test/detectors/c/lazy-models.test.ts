import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { randomUUID } from "node:crypto";
import { cDetector } from "../../../src/detectors/c/index.js";
import { checkIncrementalParses } from "../../../src/detectors/c/language.js";
import { modelOf } from "../../../src/detectors/c/model-cache.js";
import { macroScope } from "../../../src/detectors/c/attribute-macros.js";
import { defaultConfig } from "../../../src/config/defaults.js";
import type { ChangeSet } from "../../../src/engine/types.js";
import { changeSetOf } from "../../helpers/change-set.js";

/**
 * The head side of a change is read in proportion to what changed (model-cache.ts): the text its
 * declarations are read from (macros blanked, and body macros expanded when the first parse left
 * gaps) is parsed incrementally from the base side's same text, and only the text the model is
 * built from gets a model. Neither may change what is read: every incremental tree is the fresh
 * parse's, and the model is the one of the text with fewer gaps.
 */

// An export macro the scope blanks (NET_API) and a member list written as a macro call
// (NET_FIELDS) tree-sitter-c cannot read: each side is parsed as written, blanked, and again with
// NET_FIELDS expanded — the text the model is built from.
const HEADER = [
  "#ifndef NET_H",
  "#define NET_H",
  "#define NET_API",
  "#define NET_FIELDS(x) int x;",
  "struct net_md {",
  "\tunsigned int len;",
  "\tNET_FIELDS(sk)",
  "\tunsigned int mark;",
  "};",
  "NET_API int net_open(struct net_md *md);",
  "NET_API void net_close(struct net_md *md);",
  "#endif",
  "",
].join("\n");

const checked: { path: string; difference: string | undefined }[] = [];
beforeAll(async () => {
  await cDetector.init!();
  checkIncrementalParses((path, _grammar, difference) => checked.push({ path, difference }));
});
afterAll(() => checkIncrementalParses(undefined));

const FOUND = [
  "c/alignment-changed struct net_md",
  "c/field-type-changed struct net_md.mark",
  "c/function-removed net_close()",
  "c/size-changed struct net_md",
];

function review(before: string, after: string): string[] {
  const cs: ChangeSet = changeSetOf([{ path: "include/net.h", status: "modified", before, after, hunks: [] }]);
  return cDetector.analyze!(cs.files[0]!, { config: defaultConfig(), changeSet: cs, checkBudget: () => {} })
    .findings.map((f) => `${f.ruleId} ${f.symbol ?? ""}`)
    .sort();
}

describe("the head side read from the base side's texts", () => {
  it("gives the fresh parse's trees and the findings of the change", () => {
    const marker = `/* ${randomUUID()} */\n`;
    const before = marker + HEADER;
    // a member of the struct that needs the expansion changes type, a prototype is removed
    const after =
      marker +
      HEADER.replace("\tunsigned int mark;\n", "\tunsigned long long mark;\n").replace(
        "NET_API void net_close(struct net_md *md);\n",
        "",
      );
    checked.length = 0;
    const found = review(before, after);
    expect(found).toEqual(FOUND);
    // the head side's texts (as written, blanked, expanded) were each parsed incrementally, and
    // every incremental tree equals the fresh parse's
    expect(checked.length).toBeGreaterThanOrEqual(3);
    expect(checked.filter((c) => c.difference !== undefined)).toEqual([]);
  });

  it("finds nothing when only a comment changed", () => {
    const marker = `/* ${randomUUID()} */\n`;
    expect(review(marker + HEADER, `${marker + HEADER}/* a comment */\n`)).toEqual([]);
  });
});

describe("the model of the text with fewer gaps only", () => {
  // FIELDS(b) is a member list defined in another header of the scope: expanded, the struct
  // reads; without it, the text as written (or with the line neutralised) is what there is.
  const text = (marker: string) => `/* ${marker} */\nstruct s {\n\tint a;\n\tFIELDS(b)\n\tint c;\n};\nint f(void);\n`;
  const withFields = macroScope([{ name: "FIELDS", body: "int x ;", params: ["x"], line: 3 }]);
  const without = macroScope([]);
  const shape = (m: ReturnType<typeof modelOf>) => ({
    records: m.records.map((r) => ({ name: r.name, fields: r.fields.map((f) => f.name) })),
    functions: m.functions.map((f) => f.name),
    gaps: m.gaps,
  });

  it("reads the declarations from the expanded text when it parses better", () => {
    const model = modelOf("include/b.h", text(randomUUID()), undefined, withFields);
    expect(shape(model)).toEqual({ records: [{ name: "s", fields: ["a", "b", "c"] }], functions: ["f"], gaps: [] });
  });

  it("builds the first text's model when another scope needs it, as a fresh read would", () => {
    const marker = randomUUID();
    // in the first scope the expanded text wins, and the text as written gets no model
    modelOf("include/b.h", text(marker), undefined, withFields);
    const later = modelOf("include/b.h", text(marker), undefined, without);
    const fresh = modelOf("include/b.h", text(randomUUID()), undefined, without);
    expect(shape(later)).toEqual(shape(fresh));
    expect(later.gaps.length).toBeGreaterThan(0);
  });
});
