import { listChangedFiles } from "./list-changed-files.js";
import type { ChangedFiles } from "./list-changed-files.js";
import { beforeRead, planChange, type PlannedRead } from "./plan-change.js";
import { hunksBetween } from "../../engine/hunks.js";
import { reverseApplyHunks } from "../../engine/reverse-hunks.js";
import type { Config } from "../../config/types.js";
import type { ChangeSet, DetectorInfo } from "../../engine/types.js";
import type { Octokit } from "../octokit.js";
import type { PullTarget } from "../target.js";
import type { ContentFetcher } from "./content-fetcher.js";

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
