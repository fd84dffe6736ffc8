import { CATEGORIES } from "./types.js";
import type { Category, CategoryResult, Review } from "./types.js";

/** The Review reported when the analysis could not run (invalid config, internal error). */
export function failedReview(reason: string, hint: string): Review {
  const categories = Object.fromEntries(
    CATEGORIES.map((c) => [c, { state: "not-needed", errors: 0 } satisfies CategoryResult]),
  ) as Record<Category, CategoryResult>;
  return {
    conclusion: "failure",
    findings: [],
    categories,
    sections: [],
    symbols: { before: [], after: [] },
    notReviewed: [],
    failure: { reason, hint },
  };
}
