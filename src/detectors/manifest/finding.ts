import type { Finding, Severity } from "../../engine/types.js";

/** A manifest finding: always `abi` — the package's contract with its users. */
export function manifestFinding(
  rule: string,
  severity: Severity,
  at: { path: string; line: number; symbol?: string },
  message: string,
): Finding {
  const f: Finding = { ruleId: `manifest/${rule}`, category: "abi", severity, path: at.path, line: at.line, message };
  if (at.symbol !== undefined) f.symbol = at.symbol;
  return f;
}
