/**
 * The pull request as the engine sees it: the changed files as FilePairs, the plan of which
 * versions to read (only files some detector wants), then the reads and the merge-base versions
 * rebuilt from GitHub's patches.
 */
import { hunksFromPatch, hunksBetween } from "../../engine/hunks.js";
import { needsContents } from "../../engine/applicable.js";
import { listChangedFiles } from "./changed-files.js";
import { reverseApplyHunks } from "../../engine/reverse-hunks.js";
import type { FilePair, FileStatus, DetectorInfo, ChangeSet } from "../../engine/types.js";
import type { PullFile, ChangedFiles } from "./changed-files.js";
import type { Config } from "../../config/types.js";
import type { PullTarget } from "../target.js";
import type { BlobRequest, ContentFetcher } from "./contents.js";
import type { Octokit } from "../octokit.js";

/** GitHub's file statuses mapped onto the engine's four. */
export function fileStatus(status: string): FileStatus {
  if (status === "added" || status === "copied") return "added";
  if (status === "removed") return "removed";
  if (status === "renamed") return "renamed";
  return "modified"; // modified, changed (mode only), unchanged
}

/** A FilePair without contents yet: path, status and the hunks from GitHub's `patch`. */
export function emptyPair(file: PullFile): FilePair {
  const status = fileStatus(file.status);
  return {
    path: file.filename,
    ...(file.previous_filename ? { previousPath: file.previous_filename } : {}),
    status,
    before: null,
    after: null,
    hunks: hunksFromPatch(file.patch),
  };
}

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

interface Options {
  octokit: Octokit;
  target: PullTarget;
  config: Config;
  detectors: readonly DetectorInfo[];
  fetcher: ContentFetcher;
  /** The changed files when the caller listed them already. */
  listing?: ChangedFiles;
}

/**
 * The pull request as the engine sees it: every changed file with its hunks, and before/after
 * contents only for files some detector applies to (the rest would be fetched for nothing).
 */
export async function buildChangeSet({
  octokit,
  target,
  config,
  detectors,
  fetcher,
  listing: given,
}: Options): Promise<ChangeSet> {
  // 1. the file list, all pages (past GitHub's 3,000-file cap, from the tree diff)
  const listing = given ?? (await listChangedFiles({ octokit, target }));
  // 2. the versions to read, then read them
  const plan = planChange(listing, target, config, detectors);
  const maxBytes = config.limits["bytes-per-file"];
  await readInto(plan.reads, fetcher, maxBytes);

  // 3. the base version the PR really changed: GitHub's patch is against the merge base, so where
  //    it applies backwards to the head version exactly, that is the before; where it does not (a
  //    truncated or odd patch), the base tip is read. Tree-diff files were read at the merge base.
  const tipReads: PlannedRead[] = [];
  for (const pair of plan.files) {
    if (plan.mergeBase) {
      if (!pair.skipped) pair.hunks = hunksBetween(pair.before, pair.after);
      continue;
    }
    if (
      (pair.status !== "modified" && pair.status !== "renamed") ||
      pair.after === null ||
      pair.skipped ||
      pair.before !== null
    )
      continue;
    const rebuilt = reverseApplyHunks(pair.after, pair.hunks);
    if (rebuilt !== null) pair.before = rebuilt;
    else tipReads.push(beforeRead(pair, target.base.sha));
  }
  await readInto(tipReads, fetcher, maxBytes);

  return {
    repo: { owner: target.owner, name: target.repo },
    base: target.base,
    head: target.head,
    title: target.title,
    body: target.body,
    files: plan.files,
    notReviewed: plan.notReviewed,
  };
}

/** Reads the planned versions in one fetcher call and puts each on its pair (or why it was skipped). */
async function readInto(reads: PlannedRead[], fetcher: ContentFetcher, maxBytes: number): Promise<void> {
  if (reads.length === 0) return;
  const results = await fetcher.fetch(
    reads.map((r) => r.req),
    { maxBytes },
  );
  reads.forEach(({ pair, side }, i) => {
    const result = results[i]!;
    pair[side] = result.text;
    if (result.text === null && "skipped" in result && result.skipped) pair.skipped = `${side}: ${result.skipped}`;
  });
}
