import { watchMentionSection } from "../detectors/watch/index.js";
import { renderComment } from "../render/comment.js";
import type { Review } from "../engine/types.js";
import type { RenderOptions } from "../render/blocks.js";

/**
 * The sticky comment with its watch-list section. The previous body says who was already
 * mentioned, so each handle is @-mentioned once across pushes; the handles mentioned for the
 * first time are returned so the caller can request their review.
 */
export function commentWithWatch(
  review: Review,
  opts: RenderOptions,
  previousBody: string | undefined,
): { body: string; newlyMentioned: string[] } {
  const watch = watchMentionSection({ findings: review.findings, config: opts.config, previousBody });
  const extra = [...(opts.extraSections ?? []), ...(watch.section ? [watch.section] : [])];
  return { body: renderComment(review, { ...opts, extraSections: extra }), newlyMentioned: watch.newlyMentioned };
}

/** True when a watch list matched: its people must hear about it even if nothing else needs a comment. */
export function hasWatchFindings(review: Review): boolean {
  return review.findings.some((f) => f.ruleId.startsWith("watch/"));
}
