import { categoryResults } from "../../engine/policies/categories.js";
import { parseStatements } from "../../statements/parse-statements.js";
import type { Config } from "../../config/types.js";
import type { Acknowledgement, Review } from "../../engine/types.js";

interface Options {
  body: string;
  config: Config;
  acknowledgements: readonly Acknowledgement[];
}

/**
 * The categories and verdict decided again with acknowledgements, the findings untouched: the
 * same policy `review()` applies to `ChangeSet.acknowledgements`, so a review that was computed
 * (or re-used from the check run's record) before the acks were read ends the same way.
 */
export function applyAcks(review: Review, { body, config, acknowledgements }: Options): Review {
  if (review.conclusion === "failure" || acknowledgements.length === 0) return review;
  const categories = categoryResults({
    findings: review.findings,
    statements: parseStatements(body.slice(0, config.limits["body-chars"]), config.statements),
    acknowledgements: [...acknowledgements],
  });
  const blocked = Object.values(categories).some((c) => c.state === "missing" || c.state === "contradicted");
  return { ...review, categories, conclusion: blocked ? "action_required" : "success" };
}

/** True when some category still waits for a statement (only then can an ack change anything). */
export function isBlocked(review: Review): boolean {
  return Object.values(review.categories).some((c) => c.state === "missing" || c.state === "contradicted");
}
