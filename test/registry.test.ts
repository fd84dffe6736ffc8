import { describe, expect, it } from "@jest/globals";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { detectors } from "../src/engine/registry.js";
import { RULES, ruleOf } from "../src/detectors/rule-registry.js";
import { renderRulesDoc } from "../src/render/rules.js";
import { loadConfigText } from "../src/config/load.js";
import type { Rule } from "../src/engine/rule.js";

const ROOT = process.cwd();
const DETECTORS_DIR = join(ROOT, "src", "detectors");
const FIXTURES = join(ROOT, "fixtures", "detectors");
const folders = readdirSync(DETECTORS_DIR).filter((d) => statSync(join(DETECTORS_DIR, d)).isDirectory());
const read = (...parts: string[]) => readFileSync(join(ROOT, ...parts), "utf8");

/** The rule ids a fixture case expects (its expected.json), and its config. */
function fixtureCase(detector: string, name: string): { ids: string[]; configText?: string } | undefined {
  const dir = join(FIXTURES, detector, name);
  if (!existsSync(join(dir, "expected.json"))) return undefined;
  const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as { findings: { ruleId: string }[] };
  const config = join(dir, "config.yml");
  return {
    ids: expected.findings.map((f) => f.ruleId),
    configText: existsSync(config) ? readFileSync(config, "utf8") : undefined,
  };
}

/** True when a finding id is this rule's (`watch/criu` is the `watch/<name>` rule's). */
const fires = (rule: Rule, ids: string[]) => ids.some((id) => ruleOf(id) === rule);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

describe("detector registry", () => {
  it("registers every detector folder under its own id, once", () => {
    const ids = detectors.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...folders].sort());
  });

  it.each(detectors.map((d) => [d.id, d] as const))(
    "%s loads as itself, and the manifest's appliesTo is the detector's own",
    async (id, entry) => {
      const detector = await entry.load();
      expect(detector.id).toBe(id);
      expect(entry.appliesTo).toBe(detector.appliesTo);
      // a ChangeSet-level detector says when it is wanted; a file-level one is loaded for its files
      expect(detector.analyzeChangeSet === undefined || entry.wanted !== undefined || id === "interface").toBe(true);
    },
  );

  it.each(folders)("%s has at least one fixture case and declares its rules in rule-specs.ts", (folder) => {
    expect(readdirSync(join(FIXTURES, folder)).length).toBeGreaterThan(0);
    expect(existsSync(join(DETECTORS_DIR, folder, "rule-specs.ts"))).toBe(true);
    expect(RULES.filter((r) => r.detector === folder).length).toBeGreaterThan(0);
  });
});

describe("rule registry", () => {
  it("declares each id once, written out where it is declared", () => {
    const ids = RULES.map((r) => r.id);
    expect(ids.length).toBe(new Set(ids).size);
    for (const rule of RULES) {
      const file =
        rule.detector === "engine" ? "src/engine/rule-specs.ts" : `src/detectors/${rule.detector}/rule-specs.ts`;
      expect([rule.id, read(file).includes(`"${rule.id}": {`)]).toEqual([rule.id, true]);
    }
  });

  it("builds no rule id from pieces: findings are made through the declared rules", () => {
    const prefixes = [...new Set(RULES.map((r) => r.detector))].join("|");
    const built = new RegExp(`[\`"'](${prefixes})/\\$\\{`);
    const offenders = [...sourceFiles(DETECTORS_DIR), ...sourceFiles(join(ROOT, "src", "engine"))]
      .filter((f) => built.test(readFileSync(f, "utf8")))
      .map((f) => f.slice(ROOT.length + 1));
    expect(offenders).toEqual([]);
  });

  it("gives every rule a summary, why it breaks users and how to fix or state it", () => {
    const incomplete = RULES.filter(
      (r) => !r.summary.trim() || !r.why.trim() || !r.fix.trim() || r.summary.includes("\n"),
    ).map((r) => r.id);
    expect(incomplete).toEqual([]);
  });

  it("docs/rules.md is generated from the registry (run `npm run docs:rules`)", () => {
    const generated = renderRulesDoc(read("docs/rules.template.md"), RULES);
    expect(read("docs/rules.md")).toBe(generated);
  });

  it.each(RULES.map((r) => [r.id, r] as const))("%s has a docs entry", (id) => {
    expect(read("docs/rules.md")).toContain(`### \`${id}\``);
  });

  it.each(RULES.map((r) => [r.id, r] as const))(
    "%s has a positive fixture case and a named negative case",
    (_id, rule) => {
      if ("testedBy" in rule.fixtures) {
        // Only for rules no input provokes on purpose; the named test must provoke this very id.
        expect(read(rule.fixtures.testedBy)).toContain(`"${rule.id}"`);
        return;
      }
      const problems: string[] = [];
      const { positive, negative } = rule.fixtures;
      if (positive.length === 0) problems.push("no positive case");
      if (negative.length === 0) problems.push("no negative case");
      for (const name of positive) {
        const c = fixtureCase(rule.detector, name);
        if (!c) problems.push(`positive case ${name} does not exist`);
        else if (!fires(rule, c.ids)) problems.push(`positive case ${name} does not expect ${rule.id}`);
      }
      for (const name of negative) {
        const c = fixtureCase(rule.detector, name);
        if (!c) problems.push(`negative case ${name} does not exist`);
        else if (fires(rule, c.ids)) problems.push(`negative case ${name} expects ${rule.id}`);
        else if (rule.optIn && !turnsOn(c.configText, rule.optIn))
          problems.push(`negative case ${name} does not turn on ${rule.optIn.key}: ${rule.optIn.value}`);
      }
      expect(problems).toEqual([]);
    },
  );

  it("every rule id a fixture expects is declared", () => {
    const undeclared: string[] = [];
    for (const detector of readdirSync(FIXTURES))
      for (const name of readdirSync(join(FIXTURES, detector)))
        for (const id of fixtureCase(detector, name)?.ids ?? [])
          if (!ruleOf(id)) undeclared.push(`${detector}/${name}: ${id}`);
    expect(undeclared).toEqual([]);
  });
});

/** A negative case of an opt-in rule proves nothing unless its config turns the rule on. */
function turnsOn(configText: string | undefined, optIn: { key: string; value: string }): boolean {
  if (configText === undefined) return false;
  const loaded = loadConfigText(configText);
  if (!loaded.ok) return false;
  const value = optIn.key.split(".").reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], loaded.config);
  return value === optIn.value;
}
