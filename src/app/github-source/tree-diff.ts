import { diffTreeEntries } from "./diff-tree-entries.js";
import type { Octokit } from "../octokit.js";
import type { PullFile } from "./list-files.js";

/** `pulls.listFiles` lists at most this many files, whatever the pull request changes. */
export const LIST_FILES_CAP = 3000;

interface Options {
  octokit: Octokit;
  owner: string;
  repo: string;
  base: string;
  head: string;
  /** The commit to diff against when the caller knows it already (a release the head contains): no compare. */
  mergeBase?: string;
}

/** The changed files from the trees, and what the listing could not see. */
export interface TreeDiff {
  files: PullFile[];
  /** The commit the files were diffed against: the before versions are read there. */
  mergeBase: string;
  /** Which side's recursive tree GitHub cut short (over 100,000 entries or 7 MB). */
  truncated: ("merge base" | "head")[];
}

/**
 * A huge pull request's files, past the listing cap: one compare for the merge base (the commit
 * GitHub's own diff is against, not the base branch's tip), then one recursive tree read of the
 * merge base and one of the head, diffed by blob SHA. Three requests, whatever the size.
 */
export async function listByTreeDiff({ octokit, owner, repo, base, head, ...known }: Options): Promise<TreeDiff> {
  // 1. the merge base: per_page 1, the commit list of the compare is not needed
  const mergeBase =
    known.mergeBase ??
    (await octokit.rest.repos.compareCommits({ owner, repo, base, head, per_page: 1 })).data.merge_base_commit.sha;
  // 2. both trees, recursively, in parallel
  const [before, after] = await Promise.all(
    [mergeBase, head].map((sha) => octokit.rest.git.getTree({ owner, repo, tree_sha: sha, recursive: "1" })),
  );
  const truncated: TreeDiff["truncated"] = [];
  if (before!.data.truncated) truncated.push("merge base");
  if (after!.data.truncated) truncated.push("head");
  return { files: diffTreeEntries(before!.data.tree, after!.data.tree), mergeBase, truncated };
}
