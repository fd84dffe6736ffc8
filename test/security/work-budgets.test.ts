/**
 * Security issue 11, items 4 and 6 (and issue 13, item 12): budgets count work, not wall time,
 * and a detector that runs out of budget can never turn a real break into `success`.
 */
import { describe, expect, it } from "@jest/globals";
import { review } from "../../src/engine/review.js";
import { changeSetFromTrees } from "../../src/engine/from-trees.js";
import { defaultConfig } from "../../src/config/defaults.js";
import { defineDetector } from "../../src/engine/define-detector.js";
import { DEFAULT_FILE_WORK, fileWork } from "../../src/engine/budget.js";
import { interfaceDetector } from "../../src/detectors/interface/index.js";
import { detectors } from "../../src/engine/registry.js";
import { manyDefines } from "../../bench/isolation/attacks.js";
import type { Config } from "../../src/config/types.js";
import type { Tree } from "../../bench/isolation/attacks.js";

function config(patch: (c: Config) => void): Config {
  const c = defaultConfig();
  patch(c);
  return c;
}

const summary = (r: Awaited<ReturnType<typeof review>>) =>
  r.findings.map((f) => `${f.severity} ${f.ruleId} ${f.path}`).sort();

/** A C++ header of 2,000 macros where one macro's value changes: only the c detector compares macros. */
function macroChangeInCxxHeader(): { before: Tree; after: Tree } {
  const { before, after } = manyDefines(2000);
  const asHpp = (tree: Tree) =>
    Object.fromEntries(
      Object.entries(tree).map(([path, text]) => [path.replace(/\.h$/, ".hpp"), text.replace("  int flags;\n", "")]),
    );
  return { before: asHpp(before), after: asHpp(after) };
}

describe("item 6: a detector out of budget never hides a real break", () => {
  it("keeps the generic error when the c detector runs out but the cpp detector understood the file", async () => {
    const trees = macroChangeInCxxHeader();
    const cpp = detectors.filter((d) => d.id === "interface" || d.id === "cpp");
    // cpp alone understands the file and (rightly) finds nothing: it leaves macros to c
    const cppOnly = await review(changeSetFromTrees(trees), defaultConfig(), { detectors: cpp });
    expect(cppOnly.findings).toEqual([]);
    // with the full budget, c finds the macro change
    const full = await review(changeSetFromTrees(trees), defaultConfig());
    expect(summary(full)).toEqual(["error c/macro-value-changed include/defs.hpp"]);
    // a budget cpp fits in and c does not (c also compares the 2,000 macros, a unit each)
    const cs = changeSetFromTrees(trees);
    const need = async (id: string) => {
      let units = 0;
      const tick = (n = 1) => void (units += n);
      (await detectors.find((d) => d.id === id)!.load()).analyze!(cs.files[0]!, {
        config: defaultConfig(),
        changeSet: cs,
        checkBudget: tick,
      });
      return units;
    };
    const [cNeeds, cppNeeds] = [await need("c"), await need("cpp")];
    expect(cNeeds).toBeGreaterThan(cppNeeds + 1000);
    const budget = cppNeeds + 500;
    const tight = await review(
      changeSetFromTrees(trees),
      config((c) => (c.limits["file-work"] = budget)),
    );
    expect(summary(tight)).toEqual([
      "error engine/budget-exceeded include/defs.hpp",
      "error interface/changed include/defs.hpp",
    ]);
    expect(tight.findings.find((f) => f.ruleId === "engine/budget-exceeded")!.message).toBe(
      `Could not analyse include/defs.hpp: the c detector stopped after its work budget of ${budget.toLocaleString("en-US")} units (limits.file-work). Its changes were not checked; review them by hand and state the impact.`,
    );
    expect(tight.conclusion).toBe("action_required");
  });

  it("blocks even where no generic detector applies: a budget-exceeded manifest is an error", async () => {
    const pkg = (exportsCount: number) =>
      JSON.stringify({
        name: "p",
        version: "1.0.0",
        exports: Object.fromEntries(Array.from({ length: exportsCount }, (_, i) => [`./m${i}/*`, `./lib/m${i}/*.js`])),
      });
    const trees = { before: { "package.json": pkg(400) }, after: { "package.json": pkg(300) } };
    const r = await review(
      changeSetFromTrees(trees),
      config((c) => (c.limits["file-work"] = 1000)),
    );
    expect(summary(r)).toEqual(["error engine/budget-exceeded package.json"]);
    expect(r.conclusion).toBe("action_required");
  });
});

describe("work budgets count work, not time", () => {
  const busyFor = (ms: number) => {
    const end = performance.now() + ms;
    while (performance.now() < end);
  };
  const slowButLittleWork = defineDetector({
    id: "slow",
    title: "slow",
    appliesTo: (p) => p.endsWith(".h"),
    analyze: (pair, ctx) => {
      for (let i = 0; i < 10; i++) {
        ctx.checkBudget(1);
        busyFor(30); // a loaded machine: wall time passes, work does not
      }
      return { findings: [], parsed: true };
    },
  });
  const fastButMuchWork = defineDetector({
    id: "fast",
    title: "fast",
    appliesTo: (p) => p.endsWith(".h"),
    analyze: (pair, ctx) => {
      for (let i = 0; i < 1_000_000; i++) ctx.checkBudget(1);
      return { findings: [], parsed: true };
    },
  });
  const trees = { before: { "include/x.h": "int a;\n" }, after: { "include/x.h": "int b;\n" } };

  it("lets a detector that is slow in wall time finish, and stops one that does much work quickly", async () => {
    const tight = config((c) => (c.limits["file-work"] = 1000));
    const slow = await review(changeSetFromTrees(trees), tight, { detectors: [interfaceDetector, slowButLittleWork] });
    expect(summary(slow)).toEqual([]);
    const fast = await review(changeSetFromTrees(trees), tight, { detectors: [interfaceDetector, fastButMuchWork] });
    expect(summary(fast)).toEqual(["error engine/budget-exceeded include/x.h", "error interface/changed include/x.h"]);
  });

  it("cuts a review at the same file every time once limits.review-work is spent", async () => {
    const files = (v: string) =>
      Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`include/h${i}.h`, `int ${v}${i};\n`]));
    const fourThousand = defineDetector({
      id: "steady",
      title: "steady",
      appliesTo: (p) => p.endsWith(".h"),
      analyze: (_pair, ctx) => {
        for (let i = 0; i < 4000; i++) ctx.checkBudget();
        return { findings: [], parsed: true };
      },
    });
    const limited = config((c) => (c.limits["review-work"] = 10_000));
    const runs = await Promise.all(
      [1, 2, 3].map(() =>
        review(changeSetFromTrees({ before: files("a"), after: files("b") }), limited, {
          detectors: [interfaceDetector, fourThousand],
        }),
      ),
    );
    // files 0 and 1 fit (8,000 units); file 2 spends the rest; 3–5 are not reached
    const expected = [
      "error engine/budget-exceeded include/h2.h",
      "error engine/budget-exceeded include/h3.h",
      "error engine/budget-exceeded include/h4.h",
      "error engine/budget-exceeded include/h5.h",
      "error interface/changed include/h2.h",
    ];
    for (const r of runs) expect(summary(r)).toEqual(expected);
    expect(runs[0]!.notReviewed.map((n) => n.path)).toEqual(["include/h3.h", "include/h4.h", "include/h5.h"]);
    expect(runs[0]!.findings.find((f) => f.path === "include/h3.h")!.message).toMatch(
      /review's work budget \(limits\.review-work, 10,000 units\) was spent before this file/,
    );
  });

  it("charges a cached header model the work its parse cost, so history never changes a verdict", async () => {
    const trees = macroChangeInCxxHeader();
    const tight = config((c) => (c.limits["file-work"] = 3000));
    const first = await review(changeSetFromTrees(trees), tight);
    const again = await review(changeSetFromTrees(trees), tight); // every model now comes from the cache
    expect(summary(first)).toContain("error engine/budget-exceeded include/defs.hpp");
    expect(summary(again)).toEqual(summary(first));
  });

  it("reads the deprecated limits.file-time-ms as a work budget in proportion to its old default", () => {
    expect(fileWork(defaultConfig())).toBe(DEFAULT_FILE_WORK);
    expect(fileWork(config((c) => (c.limits["file-time-ms"] = 20_000)))).toBe(2 * DEFAULT_FILE_WORK);
    const both = config((c) => Object.assign(c.limits, { "file-time-ms": 20_000, "file-work": 5 }));
    expect(fileWork(both)).toBe(5);
  });
});
