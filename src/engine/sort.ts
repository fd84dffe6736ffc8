import type { Finding } from "./types.js";

const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 } as const;

/** Deterministic order: path, line, rule id, then severity and symbol. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      cmp(a.path, b.path) ||
      a.line - b.line ||
      cmp(a.ruleId, b.ruleId) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      cmp(a.symbol ?? "", b.symbol ?? "") ||
      cmp(a.message, b.message),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
