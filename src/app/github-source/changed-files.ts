/**
 * A pull request's changed files: `pulls.listFiles` (with patches and renames), and past GitHub's
 * 3,000-file cap a diff of the merge-base and head trees.
 */
import type { Octokit } from "../octokit.js";
import type { PullTarget } from "../target.js";

/** One entry of `pulls.listFiles`, the fields the change set needs. */
export interface PullFile {
  filename: string;
  previous_filename?: string;
  status: string;
  patch?: string;
}

interface ListOptions {
  octokit: Octokit;
  owner: string;
  repo: string;
  number: number;
}

/** Every changed file of the pull request, all pages (GitHub stops listing at 3,000 files). */
export async function listPullFiles({ octokit, owner, repo, number }: ListOptions): Promise<PullFile[]> {
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner,
    repo,
    pull_number: number,
    per_page: 100,
  });
  return files.map((f) => ({
    filename: f.filename,
    previous_filename: f.previous_filename,
    status: f.status,
    patch: f.patch,
  }));
}

/** One entry of a recursive `git.getTree` reply, the fields a diff needs. */
export interface TreeEntry {
  path?: string;
  type?: string;
  sha?: string;
}

/** Blob SHAs by path: submodules (`commit`) and directories (`tree`) carry no file contents. */
function blobs(entries: readonly TreeEntry[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of entries) if (e.type === "blob" && e.path && e.sha) out.set(e.path, e.sha);
  return out;
}

/**
 * The changed files between two trees, by path, as `pulls.listFiles` would list them but without
 * a `patch`. Git trees know nothing of renames, so a renamed file is a removal plus an addition;
 * a mode-only change (same blob) is not a change here.
 */
export function diffTreeEntries(before: readonly TreeEntry[], after: readonly TreeEntry[]): PullFile[] {
  const old = blobs(before);
  const now = blobs(after);
  const files: PullFile[] = [];
  for (const [path, sha] of now) {
    const was = old.get(path);
    if (was === undefined) files.push({ filename: path, status: "added" });
    else if (was !== sha) files.push({ filename: path, status: "modified" });
  }
  for (const path of old.keys()) if (!now.has(path)) files.push({ filename: path, status: "removed" });
  return files.sort((a, b) => (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0));
}

/** `pulls.listFiles` lists at most this many files, whatever the pull request changes. */
export const LIST_FILES_CAP = 3000;

interface TreeDiffOptions {
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
export async function listByTreeDiff({
  octokit,
  owner,
  repo,
  base,
  head,
  ...known
}: TreeDiffOptions): Promise<TreeDiff> {
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

/** The pull request's changed files, and where they came from. */
export interface ChangedFiles {
  files: PullFile[];
  /** What the listing could not cover, said in the summary. */
  notReviewed: { path: string; reason: string }[];
  /** Set when the files came from the tree diff: before versions are read at this commit. */
  mergeBase?: string;
}

const LISTING = "(file list)";

/** Every path the listed files touch: a renamed file's old path too. */
export function listedPaths(files: readonly PullFile[]): string[] {
  return files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]));
}

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
