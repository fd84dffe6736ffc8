import type { Finding } from "../../src/engine/types.js";
export type Outcome = "semantic-error" | "semantic-other" | "parse-incomplete" | "generic-only" | "nothing";
export function isParseRule(ruleId: string): boolean;
export function isSemanticRule(ruleId: string): boolean;
export function predictFromFindings(findings: Pick<Finding, "ruleId" | "severity">[]): {
  positive: boolean;
  outcome: Outcome;
  errorRules: string[];
  failed: Pick<Finding, "ruleId" | "severity">[];
};
