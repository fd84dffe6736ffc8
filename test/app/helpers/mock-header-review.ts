import type { github } from "./github.js";
import { mockHeaderReads, type HeaderReads } from "./mock-header-reads.js";
import { payload } from "./payloads.js";

const pr = payload("pull-request-opened-without-statement").pull_request;

export interface HeaderReview extends HeaderReads {
  /** `.github/impactgate.yml` on the default branch; null (the default): none, defaults apply. */
  config?: string | null;
  /** The id the created check run gets. */
  checkRunId?: number;
  /** The PR's comments (one page). None (the default): the sticky comment is created. */
  comments?: object[];
  /** false: the label write is left to the test (a configured name, a 403, none at all). */
  labels?: boolean;
}

/**
 * The first review of a pull request whose header changed, as GitHub answers it: installation
 * token, config, no run on the head yet, the header's reads (`mockHeaderReads`), then the writes
 * (the check run created complete, the sticky comment, the label). Returns `gh` for chaining.
 */
export function mockHeaderReview(gh: ReturnType<typeof github>, review: HeaderReview = {}): ReturnType<typeof github> {
  const comments = review.comments ?? [];
  gh.token();
  gh.config(review.config ?? null);
  gh.checkRuns(review.head ?? (pr.head.sha as string));
  mockHeaderReads(gh, review);
  gh.createCheckRun(review.checkRunId ?? 42);
  gh.comments([comments]);
  if (comments.length === 0) gh.createComment();
  if (review.labels !== false) gh.addLabels();
  return gh;
}
