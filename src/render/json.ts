import { CATEGORIES } from "../engine/types.js";
import type { Category, CategoryState, Conclusion, Finding, Review } from "../engine/types.js";

/** The CLI's `--format json` contract, version 1 (docs/cli.md). Keep it stable. */
export interface JsonReport {
  version: 1;
  findings: Pick<Finding, "ruleId" | "category" | "severity" | "path" | "line" | "endLine" | "symbol" | "message">[];
  statements: Record<Category, CategoryState>;
  conclusion: Conclusion;
  /** Only when conclusion is failure: why. */
  error?: string;
}

export function renderJson(review: Review): JsonReport {
  const findings = review.findings.map(({ ruleId, category, severity, path, line, endLine, symbol, message }) => ({
    ruleId,
    category,
    severity,
    path,
    line,
    ...(endLine !== undefined ? { endLine } : {}),
    ...(symbol !== undefined ? { symbol } : {}),
    message,
  }));
  const statements = Object.fromEntries(CATEGORIES.map((c) => [c, review.categories[c].state])) as Record<
    Category,
    CategoryState
  >;
  const report: JsonReport = { version: 1, findings, statements, conclusion: review.conclusion };
  if (review.failure) report.error = `${review.failure.reason} ${review.failure.hint}`.trim();
  return report;
}
