import { extraSections, findingsList, helpBlock, notReviewedBlock, statusTable } from "./blocks.js";
import { toAnnotations } from "./annotations.js";
import { renderTitle } from "./title.js";
import { message, plain } from "./escape.js";
import { truncateMarkdown } from "./truncate.js";
import { statementTemplate } from "../statements/template.js";
import { blockedCategories } from "../engine/verdict.js";
import type { Review } from "../engine/types.js";
import type { CheckRunOutput, RenderOptions } from "./types.js";

export const DEFAULT_DOCS_URL = "https://github.com/impactgate/impactgate/blob/main/docs";

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
