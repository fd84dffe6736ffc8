import { DEFAULT_DOCS_URL, extraSections, findingsList, helpBlock, statusTable, truncateMarkdown } from "./blocks.js";
import type { RenderOptions } from "./blocks.js";
import { message } from "./escape.js";
import { statementTemplate } from "../statements/template.js";
import { blockedCategories } from "../engine/verdict.js";
import type { Review } from "../engine/types.js";

/** The hidden marker that identifies the sticky comment: always its first line. */
export const COMMENT_MARKER = "<!-- impactgate -->";

/** GitHub's limit for an issue comment body. */
const COMMENT_LIMIT = 65_536;

/**
 * The sticky comment. While a statement is missing it lists the findings and a paste-ready
 * template; once everything is stated it says so in a few lines.
 */
export function renderComment(review: Review, opts: RenderOptions): string {
  const docs = opts.docsUrl ?? DEFAULT_DOCS_URL;
  const blocked = blockedCategories(review.categories);
  if (review.conclusion === "failure") {
    return `${COMMENT_MARKER}\n### Impactgate could not review this pull request\n\n${message(review.failure?.reason ?? "")}\n\n${review.failure?.hint ?? ""}`;
  }
  if (blocked.length === 0) {
    const parts = [
      COMMENT_MARKER,
      "### ✅ Impactgate: impact stated",
      "",
      statusTable(review, opts.config),
      "",
      extraSections([...review.sections, ...(opts.extraSections ?? [])]),
    ];
    return truncateMarkdown(
      parts
        .join("\n")
        .replace(/\n{3,}/g, "\n\n")
        .trim(),
      COMMENT_LIMIT,
    );
  }
  const names = blocked.map((c) => `**${opts.config.statements[c]}**`).join(", ");
  const parts = [
    COMMENT_MARKER,
    "### ❌ Impactgate: please state the impact of this change",
    "",
    `This pull request changes interfaces others depend on. Before it can be merged, its description needs ${names}.`,
    "",
    statusTable(review, opts.config),
    "",
    findingsList(review, 20),
    "",
    "**Paste this into the description and fill it in:**",
    "",
    "```markdown",
    statementTemplate(blocked, opts.config.statements).trimEnd(),
    "```",
    "",
    extraSections([...review.sections, ...(opts.extraSections ?? [])]),
    "",
    helpBlock(opts.config, docs),
  ];
  return truncateMarkdown(
    parts
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim(),
    COMMENT_LIMIT,
  );
}
