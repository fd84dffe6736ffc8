import { defineDetector } from "../engine/define-detector.js";
import { review } from "../engine/review.js";
import { notAnalysed } from "../engine/review-file.js";
import { engineRules } from "../engine/rule-specs.js";
import type { RunEnd } from "./analysis-process.js";
import type { Config } from "../config/types.js";
import type { ChangeSet, Review } from "../engine/types.js";

type Stopped = Extract<RunEnd, { kind: "stopped" }>;

/**
 * The Review of a change set whose analysis was stopped from outside (deadline, memory cap, a
 * crashed process): one `engine/analysis-failed` error at the file the analysis was on, every file
 * listed as not reviewed, and the verdict from the same pipeline as any review (levels, excludes,
 * statements, acknowledgements) — so it is action required, never success by default.
 */
export function stoppedReview(
  cs: ChangeSet,
  config: Config,
  { end, memoryMb, attempts }: { end: Stopped; memoryMb: number; attempts: number },
): Promise<Review> {
  const path = end.at?.path ?? cs.files[0]?.path ?? "";
  const failure = notAnalysed(
    { path, line: 1 },
    { rule: engineRules["engine/analysis-failed"], reason: stoppedReason(end, memoryMb, attempts) },
  );
  const report = defineDetector({
    id: "engine",
    title: "Analysis stopped",
    analyzeChangeSet: () => ({ findings: [failure], parsed: false }),
  });
  const notReviewed = [
    ...(cs.notReviewed ?? []),
    ...cs.files.map((f) => ({ path: f.path, reason: "analysis stopped (engine/analysis-failed)" })),
  ];
  // no files to run detectors on: the change-set step reports the failure, the pipeline decides
  return review({ ...cs, files: [], notReviewed }, config, { detectors: [report] });
}

/** Why the analysis stopped, in words for the check run: what stopped it, where, how often it was tried. */
function stoppedReason(end: Stopped, memoryMb: number, attempts: number): string {
  const where = end.at
    ? `while the ${end.at.detector} detector was on this file`
    : "before any detector started on a file";
  if (end.why === "deadline")
    return `the analysis was stopped at its deadline (limits.review-time-ms): ${end.detail}, ${where}`;
  const twice = attempts > 1 ? "; it was tried twice, each time on a fresh process" : "";
  if (end.why === "memory")
    return `the analysis ran out of memory (its process is capped at ${memoryMb} MB: ${end.detail}) ${where}${twice}`;
  return `the analysis process crashed: ${end.detail}, ${where}${twice}`;
}
