import type { Config } from "../../config/types.js";
import type { Finding } from "../types.js";

/**
 * Applies `rules:` overrides. A key is a rule id (`c/field-appended`) or a detector wildcard
 * (`c/*`); the exact id wins. `off` drops the finding.
 */
export function applyLevels(findings: Finding[], config: Config): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const level = config.rules[f.ruleId] ?? config.rules[`${f.ruleId.split("/")[0]}/*`];
    if (level === "off") continue;
    out.push(level ? { ...f, severity: level } : f);
  }
  return out;
}
