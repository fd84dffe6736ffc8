import { emptyPair } from "./file-pair.js";
import { listChangedFiles } from "./list-changed-files.js";
import { hunksBetween } from "../../engine/hunks.js";
import { reverseApplyHunks } from "../../engine/reverse-hunks.js";
import { needsContents } from "../../engine/applicable.js";
import type { Config } from "../../config/types.js";
import type { ChangeSet, Detector, FilePair } from "../../engine/types.js";
import type { Octokit } from "../octokit.js";
import type { PullTarget } from "../target.js";
import type { BlobRequest, ContentFetcher } from "./content-fetcher.js";

interface Options {
  octokit: Octokit;
  target: PullTarget;
  config: Config;
  detectors: readonly Detector[];
  fetcher: ContentFetcher;
}

/**
 * The pull request as the engine sees it: every changed file with its hunks, and before/after
 * contents only for files some detector applies to (the rest would be fetched for nothing).
 */
export async function buildChangeSet({ octokit, target, config, detectors, fetcher }: Options): Promise<ChangeSet> {
  // 1. the file list, all pages (past GitHub's 3,000-file cap, from the tree diff); past
  //    limits.files the files some detector wants go first, and the rest is said, not dropped
  const wants = (p: string) => needsContents(p, config, detectors);
  const listing = await listChangedFiles({ octokit, target });
  const cap = config.limits.files;
  const listed = listing.files.length > cap ? [...listing.files.filter((f) => wants(f.filename)), ...listing.files.filter((f) => !wants(f.filename))] : listing.files;
  const notReviewed = [...listing.notReviewed, ...listed.slice(cap).map((f) => ({ path: f.filename, reason: `over limits.files (${cap})` }))];
  const files = listed.slice(0, cap).map(emptyPair);
  // tree-diff files have no patch: their before is the merge base, their hunks are computed below
  const beforeRef = listing.mergeBase ?? target.base.sha;

  // 2. which versions to read: only files a detector (the generic interface one included) wants
  const requests: { pair: FilePair; side: "before" | "after"; req: BlobRequest }[] = [];
  for (const pair of files) {
    if (!wants(pair.path) && !(pair.previousPath && wants(pair.previousPath))) {
      pair.skipped = "no detector applies";
      continue;
    }
    if (pair.status !== "added") requests.push({ pair, side: "before", req: { path: pair.previousPath ?? pair.path, ref: beforeRef } });
    if (pair.status !== "removed") requests.push({ pair, side: "after", req: { path: pair.path, ref: target.head.sha } });
  }

  // 3. read them through the fetcher (REST today, batched GraphQL later)
  const results = await fetcher.fetch(requests.map((r) => r.req), { maxBytes: config.limits["bytes-per-file"] });
  requests.forEach(({ pair, side }, i) => {
    const result = results[i]!;
    pair[side] = result.text;
    if (result.text === null && "skipped" in result && result.skipped) pair.skipped = `${side}: ${result.skipped}`;
  });

  // 4. the base version the PR really changed: GitHub's patch is against the merge base, while the
  //    read above is at the base branch's tip, which may hold newer commits. Where the patch
  //    applies backwards to the head version exactly, it wins; otherwise the tip read stands.
  //    Tree-diff files were read at the merge base already; their hunks come from the two texts.
  for (const pair of files) {
    if (listing.mergeBase) {
      if (!pair.skipped) pair.hunks = hunksBetween(pair.before, pair.after);
      continue;
    }
    if ((pair.status !== "modified" && pair.status !== "renamed") || pair.after === null || pair.skipped) continue;
    const rebuilt = reverseApplyHunks(pair.after, pair.hunks);
    if (rebuilt !== null) pair.before = rebuilt;
  }

  return {
    repo: { owner: target.owner, name: target.repo },
    base: target.base,
    head: target.head,
    title: target.title,
    body: target.body,
    files,
    notReviewed,
  };
}
