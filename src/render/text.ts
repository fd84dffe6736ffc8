import { CATEGORIES } from "../engine/types.js";
import { renderTitle } from "./check-run.js";
import { terminal } from "./escape.js";
import { STATE_WORDS } from "./blocks.js";
import { statementTemplate } from "../statements/template.js";
import { blockedCategories } from "../engine/verdict.js";
import type { Review } from "../engine/types.js";
import type { Config } from "../config/types.js";

/** Plain text for a terminal: one line per finding, then the verdict and what to write. */
export function renderText(review: Review, config: Config): string {
  const out: string[] = [];
  for (const f of review.findings) {
    const symbol = f.symbol ? ` ${terminal(f.symbol)}` : "";
    out.push(
      `${f.severity.padEnd(7)} ${terminal(f.path)}:${f.line}  ${f.ruleId}${symbol}\n        ${terminal(f.message)}`,
    );
  }
  if (review.findings.length > 0) out.push("");
  for (const s of review.sections) out.push(`${terminal(s.title)}\n${terminal(s.markdown, { multiline: true })}\n`);
  for (const n of review.notReviewed) out.push(`not reviewed: ${terminal(n.path)} (${terminal(n.reason)})`);
  for (const c of CATEGORIES) {
    const r = review.categories[c];
    if (r.state !== "not-needed" || r.errors > 0)
      out.push(`${config.statements[c]}: ${STATE_WORDS[r.state]} (${r.errors} breaking)`);
  }
  if (review.failure)
    out.push(`error: ${terminal(review.failure.reason, { multiline: true })}\n${review.failure.hint}`);
  out.push(`${review.conclusion}: ${terminal(renderTitle(review, config))}`);
  const blocked = blockedCategories(review.categories);
  if (blocked.length > 0) {
    out.push(
      "",
      "State the impact in the PR description (or an `ABI-Impact:`-style trailer in a commit message):",
      "",
      statementTemplate(blocked, config.statements),
    );
  }
  return out.join("\n") + "\n";
}
