import { describe, expect, it } from "@jest/globals";
import { changeSetFromTrees } from "../../../src/engine/from-trees.js";
import { review } from "../../../src/engine/review.js";
import { defaultConfig } from "../../../src/config/defaults.js";
import { generateDeclarations } from "../../../bench/proto-ts/generate-ts.js";

const PATH = "types/index.d.ts";
const GOOD =
  "export interface Options {\n  host: string;\n}\nexport declare function connect(options: Options): void;\n";

async function findings(before: string, after: string, config = defaultConfig()) {
  const result = await review(changeSetFromTrees({ before: { [PATH]: before }, after: { [PATH]: after } }), config);
  return result.findings;
}

const ids = (list: { ruleId: string; severity: string }[]) => list.map((f) => `${f.severity} ${f.ruleId}`).sort();

describe("ts detector on input that is not a good declaration file", () => {
  it("reports a truncated head version as parse-failed and keeps the generic finding", async () => {
    const out = await findings(GOOD, GOOD.slice(0, GOOD.length - 30));
    expect(ids(out)).toEqual(["error interface/changed", "warning ts/parse-failed"]);
    expect(out.find((f) => f.ruleId === "ts/parse-failed")!.message).toMatch(/head version .* does not parse/);
  });

  it("reports binary garbage (NUL bytes) as parse-failed", async () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    const out = await findings(GOOD, bytes.toString("latin1"));
    expect(ids(out)).toEqual(["error interface/changed", "warning ts/parse-failed"]);
    expect(out.find((f) => f.ruleId === "ts/parse-failed")!.message).toMatch(/binary data/);
  });

  it("reports printable garbage with many syntax errors as parse-failed with the first error's line", async () => {
    const junk = "this is not typescript\n}}} ((( @@@ ### \n".repeat(200);
    const out = await findings(junk, GOOD);
    const failed = out.find((f) => f.ruleId === "ts/parse-failed")!;
    expect(failed.message).toMatch(/base version .*more syntax errors/);
    expect(failed.line).toBeGreaterThanOrEqual(1);
  });

  it("compares a 5 MB generated declaration file and finds the one removed export group", async () => {
    const before = generateDeclarations(5 * 1024 * 1024);
    const after = generateDeclarations(5 * 1024 * 1024, 1234);
    expect(before.length).toBeGreaterThan(5 * 1024 * 1024);
    // Within the default work budget: a large but ordinary file is analysed in full.
    const out = await findings(before, after, defaultConfig());
    expect(out.map((f) => `${f.ruleId} ${f.symbol}`).sort()).toEqual([
      "ts/export-removed Mode1234",
      "ts/export-removed Options1234",
      "ts/export-removed Worker1234",
      "ts/export-removed run1234",
    ]);
  }, 300_000);

  it("stops a file's analysis after limits.file-work and says so, keeping the generic finding", async () => {
    const config = defaultConfig();
    config.limits["file-work"] = 1000;
    const before = generateDeclarations(2 * 1024 * 1024);
    const out = await findings(
      before,
      before.replace("export declare function run7(", "export declare function runSeven("),
      config,
    );
    expect(ids(out)).toEqual(["error engine/budget-exceeded", "error interface/changed"]);
    expect(out.find((f) => f.ruleId === "engine/budget-exceeded")!.message).toMatch(
      /^Could not analyse .*: the ts detector stopped after its work budget of 1,000 units \(limits\.file-work\)/,
    );
  });
});
