import { CATEGORIES } from "../engine/types.js";
import { plural } from "./words.js";
import { blockedCategories } from "../engine/verdict.js";
import type { Review } from "../engine/types.js";
import type { Config } from "../config/types.js";

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
