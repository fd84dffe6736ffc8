import { categoryResults } from "../../engine/policies/categories.js";
import { parseStatements } from "../../statements/parse-statements.js";
import type { Config } from "../../config/types.js";
import type { Acknowledgement, Review } from "../../engine/types.js";
import type { KnownFindings } from "./known-findings.js";

interface Options {
  known: KnownFindings;
  body: string;
  config: Config;
  acknowledgements?: Acknowledgement[];
}

/**
 * The last step of `review()` alone: statements (and acknowledgements) against findings already
 * known for this head SHA. What an `edited` event costs instead of a full review.
 */
export function reevaluateStatements({ known, body, config, acknowledgements = [] }: Options): Review {
  const categories = categoryResults({
    findings: known.findings,
    statements: parseStatements(body.slice(0, config.limits["body-chars"]), config.statements),
    acknowledgements,
  });
  const blocked = Object.values(categories).some((c) => c.state === "missing" || c.state === "contradicted");
  return {
    conclusion: blocked ? "action_required" : "success",
    findings: known.findings,
    categories,
    sections: known.sections,
    symbols: { before: [], after: [] },
    notReviewed: known.notReviewed,
  };
}
