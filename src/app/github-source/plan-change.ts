import { emptyPair } from "./file-pair.js";
import { needsContents } from "../../engine/applicable.js";
import type { ChangedFiles } from "./list-changed-files.js";
import type { Config } from "../../config/types.js";
import type { DetectorInfo, FilePair } from "../../engine/types.js";
import type { PullTarget } from "../target.js";
import type { BlobRequest } from "./content-fetcher.js";

/** One file version to read for a pair. */
export interface PlannedRead {
  pair: FilePair;
  side: "before" | "after";
  req: BlobRequest;
}

export interface ChangePlan {
  files: FilePair[];
  notReviewed: { path: string; reason: string }[];
  /** Set when the listing came from the tree diff (no patches). */
  mergeBase?: string;
  reads: PlannedRead[];
}

/**
 * Which file versions the review needs, before reading any: only files some detector wants, and
 * of a modified file with a patch only its head version — GitHub's patch, applied backwards,
 * gives the merge-base version exactly (the one the PR changed); the base tip is read only when
 * it does not apply. Pure, so the gate can prefetch with a predicted config.
 */
export function planChange(
  listing: ChangedFiles,
  target: PullTarget,
  config: Config,
  detectors: readonly DetectorInfo[],
): ChangePlan {
  // past limits.files the files some detector wants go first, and the rest is said, not dropped
  const wants = (p: string) => needsContents(p, config, detectors);
  const cap = config.limits.files;
  const listed =
    listing.files.length > cap
      ? [...listing.files.filter((f) => wants(f.filename)), ...listing.files.filter((f) => !wants(f.filename))]
      : listing.files;
  const notReviewed = [
    ...listing.notReviewed,
    ...listed.slice(cap).map((f) => ({ path: f.filename, reason: `over limits.files (${cap})` })),
  ];
  const files = listed.slice(0, cap).map(emptyPair);
  const reads: PlannedRead[] = [];
  for (const pair of files) {
    if (!wants(pair.path) && !(pair.previousPath && wants(pair.previousPath))) {
      pair.skipped = "no detector applies";
      continue;
    }
    if (pair.status !== "removed") reads.push({ pair, side: "after", req: { path: pair.path, ref: target.head.sha } });
    const rebuildable =
      !listing.mergeBase && pair.status !== "added" && pair.status !== "removed" && pair.hunks.length > 0;
    if (pair.status !== "added" && !rebuildable) reads.push(beforeRead(pair, listing.mergeBase ?? target.base.sha));
  }
  return { files, notReviewed, reads, ...(listing.mergeBase ? { mergeBase: listing.mergeBase } : {}) };
}

/** The version before the change: tree-diff files at the merge base, others at the base tip. */
export function beforeRead(pair: FilePair, ref: string): PlannedRead {
  return { pair, side: "before", req: { path: pair.previousPath ?? pair.path, ref } };
}
