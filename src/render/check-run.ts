/**
 * The `impactgate` check run — title, summary, annotations — and the CLI's `--format markdown`,
 * which is the same summary under its title.
 */
import {
  DEFAULT_DOCS_URL,
  extraSections,
  findingsList,
  helpBlock,
  notReviewedBlock,
  plural,
  statusTable,
  truncateMarkdown,
} from "./blocks.js";
import type { RenderOptions } from "./blocks.js";
import { message, plain } from "./escape.js";
import { statementTemplate } from "../statements/template.js";
import { blockedCategories } from "../engine/verdict.js";
import { CATEGORIES } from "../engine/types.js";
import type { Config } from "../config/types.js";
import type { Finding, Review } from "../engine/types.js";

/** What the check run shows; the app sends `annotations` in batches of 50. */
export interface CheckRunOutput {
  title: string;
  summary: string;
  text?: string;
  annotations: Annotation[];
}

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: "failure" | "warning" | "notice";
  title: string;
  message: string;
}

/** The `impactgate` check run: title, markdown summary and one annotation per finding. */
export function renderCheckRun(review: Review, opts: RenderOptions): CheckRunOutput {
  const docs = opts.docsUrl ?? DEFAULT_DOCS_URL;
  const title = plain(renderTitle(review, opts.config));
  if (review.conclusion === "failure") {
    const summary = [
      `**${message(review.failure?.reason ?? "The review failed.")}**`,
      "",
      review.failure?.hint ?? "",
      "",
      extraSections(opts.extraSections ?? []),
    ].join("\n");
    return { title, summary: truncateMarkdown(summary.trim()), annotations: [] };
  }
  const blocked = blockedCategories(review.categories);
  const parts = [
    statusTable(review, opts.config),
    findingsList(review),
    blocked.length > 0
      ? `### What to write\n\nAdd to the pull request description:\n\n\`\`\`markdown\n${statementTemplate(blocked, opts.config.statements).trimEnd()}\n\`\`\``
      : "",
    extraSections([...review.sections, ...(opts.extraSections ?? [])]),
    notReviewedBlock(review),
    review.conclusion === "success" ? "" : helpBlock(opts.config, docs),
  ];
  return {
    title,
    summary: truncateMarkdown(parts.filter(Boolean).join("\n\n")),
    annotations: toAnnotations(review.findings),
  };
}

/** `--format markdown`: the check-run summary under its title, for pasting into a PR or a list mail. */
export function renderMarkdown(review: Review, opts: RenderOptions): string {
  const out = renderCheckRun(review, opts);
  return `## Impactgate: ${message(out.title)}\n\n${out.summary}\n`;
}

/** The check run's one-line title, e.g. "ABI impact not stated — 3 breaking changes". */
export function renderTitle(review: Review, config: Config): string {
  const missed = review.notReviewed.length;
  // An incomplete review must say so where people look first, not only in the summary.
  return missed > 0 && review.conclusion !== "failure"
    ? `${verdictTitle(review, config)} (${plural(missed, "item")} not reviewed)`
    : verdictTitle(review, config);
}

function verdictTitle(review: Review, config: Config): string {
  if (review.conclusion === "failure")
    return `Impactgate could not review this change: ${firstLine(review.failure?.reason ?? "error")}`;
  const errors = review.findings.filter((f) => f.severity === "error").length;
  const count = plural(errors, "breaking change");
  const blocked = blockedCategories(review.categories);
  if (blocked.length > 0) {
    const names = blocked.map((c) => config.statements[c]);
    const verb = blocked.every((c) => review.categories[c].state === "contradicted") ? "contradicted" : "not stated";
    return `${names.join(", ")} ${verb} — ${count}`;
  }
  if (errors === 0)
    return review.findings.length === 0
      ? "No interface impact found"
      : `No breaking impact — ${plural(review.findings.length, "note")}`;
  const acked = CATEGORIES.some((c) => review.categories[c].state === "acknowledged");
  return `Impact ${acked ? "stated or acknowledged" : "stated"} — ${count}`;
}

function firstLine(s: string): string {
  const line = s.split("\n")[0];
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}

const LEVEL = { error: "failure", warning: "warning", notice: "notice" } as const;

/** One annotation per finding at its line (error→failure, warning→warning, notice→notice). */
export function toAnnotations(findings: Finding[]): Annotation[] {
  return findings.map((f) => ({
    path: f.path,
    start_line: f.line,
    end_line: Math.max(f.line, f.endLine ?? f.line),
    annotation_level: LEVEL[f.severity],
    title: plain(f.symbol ? `${f.ruleId}: ${f.symbol}` : f.ruleId),
    message: plain(f.message, { multiline: true }).slice(0, 64 * 1024),
  }));
}
