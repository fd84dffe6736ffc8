import { beforeAll, describe, expect, it } from "@jest/globals";
import { cDetector } from "../../../src/detectors/c/index.js";
import { cppDetector } from "../../../src/detectors/cpp/index.js";
import { defaultConfig } from "../../../src/config/defaults.js";
import type { ChangeSet, DetectorOutput, FilePair } from "../../../src/engine/types.js";
import { changeSetOf } from "../../helpers/change-set.js";

function analyze(before: string | null, after: string | null, path = "include/x.h"): DetectorOutput[] {
  const pair: FilePair = {
    path,
    status: before === null ? "added" : after === null ? "removed" : "modified",
    before,
    after,
    hunks: [],
  };
  const changeSet: ChangeSet = changeSetOf([pair]);
  const ctx = { config: defaultConfig(), changeSet, checkBudget: () => {} };
  return [cDetector.analyze!(pair, ctx), cppDetector.analyze!(pair, ctx)];
}

const rules = (outs: DetectorOutput[]) => outs.flatMap((o) => o.findings.map((f) => f.ruleId)).sort();

describe("bad input gives findings, never a crash", () => {
  beforeAll(async () => {
    await cDetector.init!();
  });

  it("an empty header becoming garbage is understood, with one parse-incomplete notice", () => {
    const garbage = Array.from({ length: 4000 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join("");
    const outs = analyze("", garbage);
    expect(outs[0]!.parsed).toBe(true);
    expect(rules(outs)).toEqual(["c/parse-incomplete"]);
  });

  it("macros defined in a cycle leave array lengths and ioctl numbers unknown, and say so", () => {
    const before = "#define A B\n#define B A\nstruct s { char x[A]; };\n#define IOC _IOW('x', 1, struct s)\n";
    const after = before.replace("char x[A];", "char x[A]; int y;");
    const outs = analyze(before, after);
    expect(rules(outs)).toEqual(["c/field-appended"]);
    expect(outs[0]!.findings[0]!.message).toContain("layout unknown: x: array length `A`");
  });

  it("a struct that contains itself has an unknown layout instead of a stack overflow", () => {
    const outs = analyze("struct s { int a; };\n", "struct s { int a; struct s inner; };\n");
    expect(rules(outs)).toEqual(["c/field-appended"]);
    expect(outs[0]!.findings[0]!.message).toContain("layout unknown: inner: struct s contains itself");
  });

  it("deeply nested expressions and conditionals do not overflow", () => {
    const deep = `#define DEEP ${"(".repeat(20000)}1${")".repeat(20000)}\n`;
    const ifs = "#if A\n".repeat(2000) + "int f(void);\n" + "#endif\n".repeat(2000);
    const outs = analyze(deep + ifs, deep.replace("1)", "2)") + ifs);
    expect(outs[0]!.parsed).toBe(true);
  });

  it("a removed header is one header-removed error", () => {
    expect(rules(analyze("struct s { int a; };\n", null))).toEqual(["c/header-removed"]);
  });
});
