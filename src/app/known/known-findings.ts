import type { Review } from "../../engine/types.js";

/**
 * What a finished review of one head SHA under one config found, before statements: enough to
 * re-decide the verdict for a new description without fetching a file again.
 */
export interface KnownFindings {
  headSha: string;
  configHash: string;
  findings: Review["findings"];
  sections: Review["sections"];
  notReviewed: Review["notReviewed"];
}

/** The reusable part of a review; failures are never reused (a re-run must try again). */
export function knownFrom(review: Review, headSha: string, configHash: string): KnownFindings | undefined {
  if (review.conclusion === "failure") return undefined;
  return { headSha, configHash, findings: review.findings, sections: review.sections, notReviewed: review.notReviewed };
}

/** True when two finding lists are the same, so annotations already sent need not be sent again. */
export function sameFindings(a: Review["findings"] | undefined, b: Review["findings"]): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}
