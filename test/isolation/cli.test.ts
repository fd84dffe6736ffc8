/**
 * Security issue 11, item 2 (and 3) for the CLI: `impactgate diff` on hostile input never aborts.
 * The CLI runs as a user runs it — its own Node process, analysis isolated (no NODE_ENV=test) —
 * from the sources under test (test/helpers/ts-hooks.mjs), on the attacks written to disk.
 */
import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { TS_EXEC_ARGV } from "../helpers/analysis-pool.js";
import { deepExports, permutationTypes } from "../../bench/isolation/attacks.js";
import type { Attack } from "../../bench/isolation/attacks.js";

const MAIN = new URL("../../src/cli/main.ts", import.meta.url).href;

function onDisk(attack: Attack): { before: string; after: string } {
  const root = mkdtempSync(join(tmpdir(), "impactgate-attack-"));
  for (const side of ["before", "after"] as const)
    for (const [path, text] of Object.entries(attack[side])) {
      const file = join(root, side, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  return { before: join(root, "before"), after: join(root, "after") };
}

function cli(args: string[], env: Record<string, string> = {}) {
  const { NODE_OPTIONS: _vm, NODE_ENV: _test, ...rest } = process.env;
  const script = `const { main } = await import(${JSON.stringify(MAIN)}); process.exitCode = await main(process.argv.slice(1));`;
  const r = spawnSync(process.execPath, [...TS_EXEC_ARGV, "--input-type=module", "-e", script, "--", ...args], {
    env: { ...rest, ...env },
    encoding: "utf8",
    timeout: 600_000,
  });
  return { code: r.status, signal: r.signal, out: r.stdout, err: r.stderr };
}

describe("impactgate diff on hostile input", () => {
  it("item 2: the 1,200-deep exports manifest is analysed, not an abort (exit 1 with its findings)", () => {
    const { before, after } = onDisk(deepExports());
    const r = cli(["diff", before, after, "--format", "json"]);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as { conclusion: string; findings: { ruleId: string }[] };
    expect(json.conclusion).toBe("action_required");
    expect(json.findings.map((f) => f.ruleId)).toContain("manifest/exports-subpath-removed");
  }, 600_000);

  it("item 3: the permutation-types .d.ts ends as 'could not analyse' (exit 1), not out of memory", () => {
    const { before, after } = onDisk(permutationTypes());
    const r = cli(["diff", before, after], { IMPACTGATE_ANALYSIS_MEMORY_MB: "300" });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/engine\/analysis-failed/);
    expect(r.out).toMatch(/Could not analyse types\/index\.d\.ts: the analysis ran out of memory/);
    expect(r.out).toMatch(/^action_required/m);
  }, 600_000);
});
