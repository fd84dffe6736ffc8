import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { randomUUID } from "node:crypto";
import { Parser } from "web-tree-sitter";
import { cDetector } from "../../../src/detectors/c/index.js";
import { defaultConfig } from "../../../src/config/defaults.js";
import type { ChangeSet, FilePair } from "../../../src/engine/types.js";
import { changeSetOf } from "../../helpers/change-set.js";

/**
 * Issue 15, item 2: each text is handed to tree-sitter at most once per grammar and run, and the
 * headers the changed ones include are parsed once for all of them. Counted at web-tree-sitter's
 * own `Parser.prototype.parse` (the real parser runs; the wrapper only counts what it is given).
 */
const parsed: string[] = [];
const parse = Parser.prototype.parse;
const grammars: unknown[] = [];
beforeAll(async () => {
  await cDetector.init!();
  Parser.prototype.parse = function (this: Parser, ...args: Parameters<Parser["parse"]>) {
    if (!grammars.includes(this.language)) grammars.push(this.language);
    if (typeof args[0] === "string") parsed.push(`${grammars.indexOf(this.language)}\0${args[0]}`);
    return parse.apply(this, args);
  };
});
afterAll(() => {
  Parser.prototype.parse = parse;
});

/**
 * Three changed headers that include the same unchanged header, which includes another; texts are
 * unique to the call (a fresh marker) so no earlier test left them in the process's caches.
 */
function changeSet(marker = randomUUID().replace(/-/g, "_")) {
  const base = `/* ${marker} */\n#ifndef BASE_H\n#define BASE_H\n#define BASE_API\ntypedef unsigned int base_t;\n#endif\n`;
  const common =
    `/* ${marker} */\n#include "base.h"\n#define COMMON_MAX 16\n` +
    `struct common { base_t id; char name[COMMON_MAX]; };\n` +
    // a define inside braces: the text passes split it out and parse it on its own
    `enum common_flags {\n  COMMON_A = 1,\n#define COMMON_A COMMON_A\n  COMMON_B = 2,\n};\n`;
  const header = (name: string, field: string) =>
    `/* ${marker} */\n#include "common.h"\nstruct ${name} { struct common c; ${field} };\nBASE_API int ${name}_open(struct ${name} *p);\n`;
  const files: FilePair[] = ["a", "b", "c"].map((name) => ({
    path: `include/${name}.h`,
    status: "modified",
    before: header(name, "int x;"),
    after: header(name, name === "b" ? "int x; int y;" : "int x;"),
    hunks: [],
  }));
  const cs: ChangeSet = changeSetOf(files, { includes: { "include/common.h": common, "include/base.h": base } });
  return { cs, texts: { base, common } };
}

/** Analyses every file of the changeset; the units each file's budget was charged, and the findings. */
function analyseAll(cs: ChangeSet) {
  const config = defaultConfig();
  return cs.files.map((pair) => {
    let units = 0;
    const out = cDetector.analyze!(pair, { config, changeSet: cs, checkBudget: (n = 1) => void (units += n) });
    return { path: pair.path, units, rules: out.findings.map((f) => f.ruleId).sort() };
  });
}

describe("C headers are parsed once per text", () => {
  it("parses no text twice, and the included headers once for the three files that include them", () => {
    const { cs, texts } = changeSet();
    parsed.length = 0;
    const result = analyseAll(cs);
    expect(result.find((r) => r.path === "include/b.h")!.rules).toEqual(["c/field-appended"]);

    const counts = new Map<string, number>();
    for (const p of parsed) counts.set(p, (counts.get(p) ?? 0) + 1);
    expect([...counts.values()].filter((n) => n > 1)).toEqual([]);
    // base.h and common.h as written (common.h without its inner #define), and the inner #define alone
    const text = (p: string) => p.slice(p.indexOf("\0") + 1);
    expect(parsed.filter((p) => text(p) === texts.base)).toHaveLength(1);
    expect(parsed.filter((p) => text(p).includes("struct common {"))).toHaveLength(1);
    expect(parsed.filter((p) => text(p).includes("#define COMMON_A COMMON_A") && !text(p).includes("{"))).toHaveLength(
      1,
    );
    // a.h and c.h are the same before and after, b.h differs: four texts of changed headers, each
    // parsed as written (for its macros; BASE_API, unknown to a C parser, sends it to the C++
    // grammar too) and as the preprocessor leaves it (BASE_API, an empty macro of the included
    // base.h, blanked): eight texts, each once per grammar
    const changed = new Set(parsed.map(text).filter((t) => t.includes('#include "common.h"')));
    expect([...changed].filter((t) => t.includes("BASE_API int"))).toHaveLength(4);
    expect([...changed].filter((t) => !t.includes("BASE_API"))).toHaveLength(4);
  });

  it("parses nothing on a second run over the same texts, and charges each file's budget the same", () => {
    const marker = randomUUID().replace(/-/g, "_");
    const first = changeSet(marker);
    parsed.length = 0;
    const cold = analyseAll(first.cs);
    const parsesCold = parsed.length;

    parsed.length = 0;
    const warm = analyseAll(changeSet(marker).cs);
    expect(parsesCold).toBeGreaterThan(0);
    expect(parsed).toHaveLength(0);
    // budgets count work, not what an earlier review left in the cache
    expect(warm).toEqual(cold);
    expect(cold.every((r) => r.units > 0)).toBe(true);
  });
});
