/**
 * Every rule, as plain data: what `impactgate rules`, docs/rules.md, config validation and SARIF
 * read. It imports only the detectors' `rule-specs.ts` files, never a detector, so loading it
 * costs no parser (test/lazy-loading.test.ts checks that).
 */
import { engineRules } from "../engine/rule-specs.js";
import { interfaceRules } from "./interface/rule-specs.js";
import { cRules } from "./c/rule-specs.js";
import { cppRules } from "./cpp/rule-specs.js";
import { protoRules } from "./proto/rule-specs.js";
import { tsRules } from "./ts/rule-specs.js";
import { manifestRules } from "./manifest/rule-specs.js";
import { packagesRules } from "./packages/rule-specs.js";
import { forkRules } from "./fork/rule-specs.js";
import { watchRules } from "./watch/rule-specs.js";
import type { Rule } from "../engine/rule.js";

export type { Rule } from "../engine/rule.js";

/** All rules, grouped by detector in the order docs/rules.md lists them. */
export const RULES: readonly Rule[] = [
  engineRules,
  interfaceRules,
  cRules,
  cppRules,
  protoRules,
  tsRules,
  manifestRules,
  packagesRules,
  forkRules,
  watchRules,
].flatMap((rules) => Object.values(rules));

/** The detectors that own rules (`engine` included), for `<detector>/*` config keys. */
export const RULE_DETECTORS: readonly string[] = [...new Set(RULES.map((r) => r.detector))];

const byId = new Map(RULES.map((r) => [r.id, r]));

/**
 * The rule a finding id belongs to: its own, or the `<detector>/<name>` rule whose id a config
 * name completes (`watch/criu` → `watch/<name>`).
 */
export function ruleOf(id: string): Rule | undefined {
  const exact = byId.get(id);
  if (exact) return exact;
  const named = byId.get(`${id.slice(0, id.indexOf("/"))}/<name>`);
  return id.includes("/") ? named : undefined;
}

/** The anchor of a rule's heading in docs/rules.md, as GitHub makes it (`c/field-removed` → `cfield-removed`). */
export function ruleAnchor(rule: Rule): string {
  return rule.id.toLowerCase().replace(/[^a-z0-9 _-]/g, "");
}
