import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { main } from "../../src/cli/main.js";
import { captureIo } from "../helpers/capture.js";
import { makeGitRepo } from "../helpers/git-repo.js";
import { loadFixtureCases, type FixtureCase } from "../helpers/fixtures.js";

/**
 * `impactgate check` must say what the engine says on the same change: every fixture case whose
 * verdict may depend on files beside the changed ones, committed as a base and a head commit of a
 * real git repository (its config.yml as the base's .github/impactgate.yml) and checked as a range,
 * its JSON findings compared with expected.json. The engine's fixtures hand it whole trees; the
 * CLI reads only what it decides a change needs (manifests, build files, included headers,
 * declaration files) — this is where a missing read shows. Fork cases are the upstream tests';
 * cases git reads as a rename are left out (see `renamed`).
 */
const cases = loadFixtureCases().filter(
  (c) => !c.upstream && new Set([...Object.keys(c.before), ...Object.keys(c.after)]).size > 1 && !renamed(c),
);

/**
 * A file removed beside one added under the same name: git (and GitHub) pair them as a rename,
 * which the engine's trees do not (`api/v1/billing.proto` → `api/v2/billing.proto`), so the CLI
 * rightly reads another change.
 */
function renamed(c: FixtureCase): boolean {
  const base = (p: string) => p.split("/").pop();
  const added = Object.keys(c.after).filter((p) => !(p in c.before));
  return Object.keys(c.before).some((p) => !(p in c.after) && added.some((a) => base(a) === base(p)));
}

let analysis: string | undefined;
beforeAll(() => {
  analysis = process.env.IMPACTGATE_ANALYSIS;
  process.env.IMPACTGATE_ANALYSIS = "inline"; // one process: 80 analysis processes would only add start-up time
});
afterAll(() => {
  if (analysis === undefined) delete process.env.IMPACTGATE_ANALYSIS;
  else process.env.IMPACTGATE_ANALYSIS = analysis;
});

function committed(c: FixtureCase) {
  const repo = makeGitRepo();
  const config: Record<string, string> = c.configText === undefined ? {} : { ".github/impactgate.yml": c.configText };
  const base = repo.commit("base", { ...c.before, ...config });
  for (const p of Object.keys(c.before)) if (!(p in c.after)) repo.git("rm", "-q", "--", p);
  const head = repo.commit("head", c.after);
  return { dir: repo.dir, base, head };
}

describe.each(cases.map((c) => [`${c.detector}/${c.name}`, c] as const))("fixture %s through the CLI", (_name, c) => {
  it("gives the case's expected findings", async () => {
    const { dir, base, head } = committed(c);
    const io = captureIo();
    await main(["check", "--repo", dir, "--base", base, "--head", head, "--format", "json"], io.io);
    const json = JSON.parse(io.stdout());
    const got = (json.findings as { ruleId: string; severity: string; path: string; line: number; symbol?: string }[])
      .map(({ ruleId, severity, path, line, symbol }) => `${severity} ${path}:${line} ${ruleId} ${symbol ?? ""}`)
      .sort();
    const expected = (
      JSON.parse(readFileSync(c.expectedPath, "utf8")).findings as {
        ruleId: string;
        severity: string;
        path: string;
        line: number;
        symbol?: string;
      }[]
    )
      .map(({ ruleId, severity, path, line, symbol }) => `${severity} ${path}:${line} ${ruleId} ${symbol ?? ""}`)
      .sort();
    expect(got).toEqual(expected);
  });
});
