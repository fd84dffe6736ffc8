import { describe, expect, it } from "@jest/globals";
import { readFileSync, writeFileSync } from "node:fs";
import { changeSetFromTrees } from "../src/engine/from-trees.js";
import { review } from "../src/engine/review.js";
import { loadFixtureCases, type FixtureCase } from "./helpers/fixtures.js";
import type { Tree } from "../src/engine/from-trees.js";

const cases = loadFixtureCases();

function upstreamOf(c: FixtureCase, before: Tree, after: Tree) {
  if (!c.upstream) return undefined;
  const files: Record<string, string | null> = {};
  for (const p of new Set([...Object.keys(before), ...Object.keys(after)])) files[p] = c.upstream[p] ?? null;
  return { repo: "upstream/repo", branch: "main", files };
}

async function findingsFor(c: FixtureCase, before: Tree, after: Tree) {
  const cs = changeSetFromTrees({ before, after, body: c.body, upstream: upstreamOf(c, before, after) });
  const result = await review(cs, c.config);
  return result.findings.map(({ ruleId, severity, path, line, symbol }) =>
    symbol === undefined ? { ruleId, severity, path, line } : { ruleId, severity, path, line, symbol },
  );
}

describe.each(cases.map((c) => [`${c.detector}/${c.name}`, c] as const))("fixture %s", (_name, c) => {
  it("gives the expected findings", async () => {
    const actual = await findingsFor(c, c.before, c.after);
    if (process.env.UPDATE_FIXTURES === "1") {
      writeFileSync(c.expectedPath, JSON.stringify({ findings: actual }, null, 2) + "\n");
    }
    const expected = JSON.parse(readFileSync(c.expectedPath, "utf8"));
    expect(actual).toEqual(expected.findings);
  });

  it("finds nothing comparing before with before and after with after", async () => {
    expect(await findingsFor(c, c.before, c.before)).toEqual([]);
    expect(await findingsFor(c, c.after, c.after)).toEqual([]);
  });
});
