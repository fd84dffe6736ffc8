import { describe, expect, it } from "@jest/globals";
import { changeSetFromTrees } from "../../../src/engine/from-trees.js";
import { review } from "../../../src/engine/review.js";
import { loadFixtureCases } from "../../helpers/fixtures.js";

/**
 * One verdict per export across `.d.ts` / `.d.cts` / `.d.mts` twins (issue 14 item 3): the
 * fixtures assert one finding; these assert that its message names every file carrying it.
 */
const cases = loadFixtureCases().filter((c) => c.detector === "ts");

async function tsFindings(name: string) {
  const c = cases.find((x) => x.name === name)!;
  const result = await review(changeSetFromTrees({ before: c.before, after: c.after, body: c.body }), c.config);
  return result.findings.filter((f) => f.ruleId.startsWith("ts/"));
}

describe("twin declaration files", () => {
  it.each([
    ["dts-dcts-twins-stated-once", "RequestConfig.signal", ["`index.d.ts` (line 4)", "`index.d.cts` (line 5)"]],
    [
      "dts-dmts-twins-stated-once",
      "usage",
      ["`typings/index.d.mts` (line 6)", "`typings/index.d.cts` (line 6)", "`typings/index.d.ts` (line 6)"],
    ],
  ])("%s: one finding whose message names every twin", async (name, symbol, files) => {
    const findings = await tsFindings(name);
    expect(findings.map((f) => f.symbol)).toEqual([symbol]);
    for (const file of files) expect(findings[0]!.message).toContain(file);
    expect(findings[0]!.message).toMatch(
      /Carried by `[^`]+` \(line \d+\)(, `[^`]+` \(line \d+\))* and `[^`]+` \(line \d+\)\.$/,
    );
  });
});
