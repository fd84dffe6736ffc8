/**
 * The Markdown pieces the check run and the sticky comment are made of — status table, findings
 * list, report sections, the not-reviewed list, the "How to resolve this" fold — with the words
 * they share and GitHub's size limit. Every string from the pull request goes through escape.ts.
 */
import { CATEGORIES } from "../engine/types.js";
import { code, message, text } from "./escape.js";
import type { Category, CategoryState, Finding, Review } from "../engine/types.js";
import type { Config } from "../config/types.js";

/** Context the renderers need beyond the Review: names from config, links. */
export interface RenderOptions {
  config: Config;
  /** Link to the docs (docs/rules.md, docs/config.md …) — defaults to the repository's docs. */
  docsUrl?: string;
  /** Extra markdown sections the app adds (config preview, divergence, watch mentions). */
  extraSections?: { title: string; markdown: string }[];
}

export const DEFAULT_DOCS_URL = "https://github.com/impactgate/impactgate/blob/main/docs";

export const CATEGORY_TITLES: Record<Category, string> = {
  abi: "ABI",
  "cross-package": "Cross-package",
  fork: "Fork",
};

export const STATE_WORDS: Record<CategoryState, string> = {
  "not-needed": "no statement needed",
  stated: "stated",
  missing: "not stated",
  contradicted: "says none, but the diff disagrees",
  acknowledged: "acknowledged by a maintainer",
};

export const STATE_ICONS: Record<CategoryState, string> = {
  "not-needed": "⚪",
  stated: "✅",
  missing: "❌",
  contradicted: "❌",
  acknowledged: "☑️",
};

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** `path:line` with the symbol when there is one, both escaped (they come from the pull request). */
export function where(f: Finding): string {
  return `${text(f.path)}:${f.line}${f.symbol ? ` ${code(f.symbol)}` : ""}`;
}

/** GitHub rejects check-run summaries over 65,535 characters. */
export const SUMMARY_LIMIT = 65_535;

/** Cuts markdown to `limit` characters, on a line boundary, and says that it did. */
export function truncateMarkdown(text: string, limit = SUMMARY_LIMIT): string {
  if (text.length <= limit) return text;
  const note = `\n\n_… truncated: ${text.length - limit} more characters were cut to fit GitHub's ${limit}-character limit; every finding is still an annotation._`;
  const cut = text.slice(0, limit - note.length);
  const atLine = cut.lastIndexOf("\n");
  return (atLine > 0 ? cut.slice(0, atLine) : cut) + note;
}

/** One row per category that has findings or a statement. */
export function statusTable(review: Review, config: Config): string {
  const rows = CATEGORIES.filter((c) => review.categories[c].state !== "not-needed" || countIn(review, c) > 0).map(
    (c) => {
      const r = review.categories[c];
      // A label ack has no person behind it: no `@`, which would mention a user named like the label.
      const who = r.acknowledgement?.coversNew
        ? message(r.acknowledgement.by)
        : `@${text(r.acknowledgement?.by ?? "")}`;
      const ack = r.acknowledgement ? ` (${who}: ${message(r.acknowledgement.reason)})` : "";
      const heading = code(config.statements[c], { inTable: true });
      return `| ${CATEGORY_TITLES[c]} | ${r.errors} | ${STATE_ICONS[r.state]} ${STATE_WORDS[r.state]}${ack} | ${heading} |`;
    },
  );
  if (rows.length === 0) return "No interface, cross-package or fork impact found.";
  return ["| Impact | Breaking | Statement | Heading |", "|---|---|---|---|", ...rows].join("\n");
}

function countIn(review: Review, c: Category): number {
  return review.findings.filter((f) => f.category === c).length;
}

/** Findings by category, errors first, at most `max` per category with the rest counted. */
export function findingsList(review: Review, max = 50): string {
  const out: string[] = [];
  for (const c of CATEGORIES) {
    const list = review.findings.filter((f) => f.category === c).sort(bySeverity);
    if (list.length === 0) continue;
    out.push(`**${CATEGORY_TITLES[c]}** — ${summaryCounts(list)}`, "");
    for (const f of list.slice(0, max))
      out.push(`- ${SEVERITY_MARK[f.severity]} ${code(f.ruleId)} ${where(f)} — ${message(f.message)}`);
    if (list.length > max) out.push(`- … and ${list.length - max} more (see the check run annotations)`);
    out.push("");
  }
  return out.join("\n").trim();
}

const SEVERITY_MARK = { error: "🔴", warning: "🟡", notice: "🔵" } as const;
const RANK = { error: 0, warning: 1, notice: 2 } as const;

function bySeverity(a: Finding, b: Finding): number {
  return RANK[a.severity] - RANK[b.severity];
}

function summaryCounts(list: Finding[]): string {
  const n = (s: Finding["severity"]) => list.filter((f) => f.severity === s).length;
  return [plural(n("error"), "error"), plural(n("warning"), "warning"), plural(n("notice"), "notice")]
    .filter((s) => !s.startsWith("0 "))
    .join(", ");
}

/** Detector sections (layout tables, package graphs) and the app's extra sections. */
export function extraSections(sections: { title: string; markdown: string }[]): string {
  return sections.map((s) => `### ${message(s.title)}\n\n${s.markdown}`).join("\n\n");
}

export function notReviewedBlock(review: Review): string {
  if (review.notReviewed.length === 0) return "";
  const lines = review.notReviewed.slice(0, 100).map((n) => `- ${code(n.path)}: ${message(n.reason)}`);
  const more = review.notReviewed.length > 100 ? [`- … and ${review.notReviewed.length - 100} more`] : [];
  return [
    `### Not reviewed (${review.notReviewed.length})`,
    "",
    "These files were not fully analysed; their generic interface findings still count.",
    "",
    ...lines,
    ...more,
  ].join("\n");
}

/** How to get the check green: state, fix, acknowledge, recheck. */
export function helpBlock(config: Config, docsUrl: string): string {
  const ackLabel = config.ack.label ? ` or add the ${code(config.ack.label)} label` : "";
  return [
    "<details><summary>How to resolve this</summary>",
    "",
    "- **State the impact**: add the statement sections shown here to the pull request description (a `Name: text` trailer line works too). Write `none` only when there is truly no impact.",
    "- **Fix it**: keep the old interface (add instead of change), then push.",
    `- **Acknowledge** (maintainers with \`${config.ack.permission}\` permission): comment \`/impactgate ack <abi|cross-package|fork|all> <reason>\`${ackLabel}.`,
    "- **Re-check**: comment `/impactgate recheck`, or use the check's Re-run button.",
    `- Rules: ${docsUrl}/rules.md · Configuration: ${docsUrl}/config.md`,
    "",
    "</details>",
  ].join("\n");
}
