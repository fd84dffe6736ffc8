import { listPullFiles, type PullFile } from "./list-files.js";
import { LIST_FILES_CAP, listByTreeDiff } from "./tree-diff.js";
import type { Octokit } from "../octokit.js";
import type { PullTarget } from "../target.js";

/** The pull request's changed files, and where they came from. */
export interface ChangedFiles {
  files: PullFile[];
  /** What the listing could not cover, said in the summary. */
  notReviewed: { path: string; reason: string }[];
  /** Set when the files came from the tree diff: before versions are read at this commit. */
  mergeBase?: string;
}

const LISTING = "(file list)";

/**
 * Every changed file: `pulls.listFiles` (with patches and renames) unless GitHub cut it at its
 * 3,000-file cap — then the merge-base and head trees are diffed instead. A full page of 3,000 is
 * taken as cut unless the payload's `changed_files` says that was all; below the cap a larger
 * `changed_files` is a stale payload (a push since), not a cut listing, unless it is past the cap.
 */
export async function listChangedFiles({
  octokit,
  target,
}: {
  octokit: Octokit;
  target: PullTarget;
}): Promise<ChangedFiles> {
  const { owner, repo } = target;
  const listed = await listPullFiles({ octokit, owner, repo, number: target.number });
  const capped =
    listed.length >= LIST_FILES_CAP
      ? !(target.changedFiles !== undefined && target.changedFiles <= listed.length)
      : (target.changedFiles ?? 0) > LIST_FILES_CAP;
  if (!capped) return { files: listed, notReviewed: [] };
  try {
    const diff = await listByTreeDiff({ octokit, owner, repo, base: target.base.sha, head: target.head.sha });
    const how = `GitHub lists at most ${LIST_FILES_CAP.toLocaleString("en-US")} files of a pull request; these ${diff.files.length} changed files were listed by diffing the git trees of the merge base ${diff.mergeBase.slice(0, 7)} and the head ${target.head.sha.slice(0, 7)} (tree diff): renames are reviewed as a removal plus an addition`;
    const notReviewed = [{ path: LISTING, reason: how }];
    for (const side of diff.truncated)
      notReviewed.push({
        path: LISTING,
        reason: `GitHub truncated the recursive tree of the ${side}: changed files past it were not listed and not reviewed`,
      });
    return { files: diff.files, notReviewed, mergeBase: diff.mergeBase };
  } catch (err) {
    // the first 3,000 are still worth reviewing; the rest is said, never silently passed
    const reason = `GitHub listed only the first ${listed.length} files and the tree diff failed (${(err as Error).message}): the other changed files were not reviewed`;
    return { files: listed, notReviewed: [{ path: LISTING, reason }] };
  }
}
