/**
 * Issue 15: `impactgate diff` on a few small headers runs in the CLI's own process; anything a
 * budget does not bound — a TypeScript, manifest or proto file anywhere in the change set, or more
 * than INLINE_MAX_CHARS of text — still goes to an analysis process (docs/security.md).
 */
import { describe, expect, it } from "@jest/globals";
import { changeSetFromTrees } from "../../src/engine/from-trees.js";
import { defaultConfig } from "../../src/config/defaults.js";
import { INLINE_MAX_CHARS, analysisFor, boundedForInline } from "../../src/isolation/analysis-pool.js";
import { allLinesChanged, deepExports, permutationTypes } from "../../bench/isolation/attacks.js";
import { TS_EXEC_ARGV } from "../helpers/analysis-pool.js";

const header = (fields: string) => `struct point { ${fields} };\nint area(struct point *p);\n`;
const pair = (extra: { before?: Record<string, string>; after?: Record<string, string> } = {}) =>
  changeSetFromTrees({
    before: { "include/point.h": header("int x;"), "include/base.h": "typedef int base_t;\n", ...extra.before },
    after: { "include/point.h": header("int x; int y;"), "include/base.h": "typedef int base_t;\n", ...extra.after },
  });
const child = {
  workers: 1,
  entry: new URL("../../src/isolation/analysis-child.ts", import.meta.url),
  execArgv: TS_EXEC_ARGV,
};

describe("what the CLI analyses in its own process", () => {
  it("a small change set of headers, workspace headers included", () => {
    const cs = pair();
    expect(cs.workspace?.files["include/base.h"]).toBeDefined();
    expect(boundedForInline(cs, defaultConfig())).toBe(true);
    const analysis = analysisFor(cs, defaultConfig(), {}, child);
    expect(analysis.pool).toBeUndefined();
    analysis.close();
  });

  it("not a change set with anything but headers in it: a .d.ts, a package.json, even unchanged", () => {
    const config = defaultConfig();
    expect(boundedForInline(pair(permutationTypes()), config)).toBe(false);
    expect(boundedForInline(pair(deepExports()), config)).toBe(false);
    const unchangedManifest = { "package.json": '{"name":"p","version":"1.0.0"}\n' };
    expect(boundedForInline(pair({ before: unchangedManifest, after: unchangedManifest }), config)).toBe(false);
  });

  it("not headers over INLINE_MAX_CHARS of text, counted over both sides", () => {
    const config = defaultConfig();
    const big = changeSetFromTrees(allLinesChanged(10_000));
    const chars = big.files.reduce((n, f) => n + (f.before?.length ?? 0) + (f.after?.length ?? 0), 0);
    expect(chars).toBeGreaterThan(INLINE_MAX_CHARS);
    expect(big.files.every((f) => f.path.endsWith(".h"))).toBe(true);
    expect(boundedForInline(big, config)).toBe(false);
  });

  it("not when isolation is asked for by name (IMPACTGATE_ANALYSIS=isolated)", () => {
    const analysis = analysisFor(pair(), defaultConfig(), { IMPACTGATE_ANALYSIS: "isolated" }, child);
    try {
      expect(analysis.pool).toBeDefined();
    } finally {
      analysis.close();
    }
  });
});
