import parseDiff from "parse-diff";
import { git, GitError, showFile } from "./git.js";
import { needsContents } from "../engine/applicable.js";
import { hunksOfChunks } from "../engine/hunks.js";
import type { Config } from "../config/types.js";
import type { ChangeSet, FilePair, FileStatus } from "../engine/types.js";

interface Options {
  repo: string;
  base: string;
  head: string;
  body: string;
  config: Config;
  /** Only these paths (a pathspec: a rename into or out of them pairs only when both names are given). */
  paths?: string[];
}

const DIFF = ["diff", "--no-color", "--no-ext-diff", "-U3"];

/**
 * A ChangeSet for a local git range: one `git diff` for paths and hunks, `git show` for contents.
 * A file git cannot read (a blob missing from a partial or damaged clone) is listed as not
 * reviewed with git's reason; the rest of the range is still reviewed.
 */
export function buildLocalChangeSet({ repo, base, head, body, config, paths }: Options): ChangeSet {
  const files: FilePair[] = [];
  const notReviewed: ChangeSet["notReviewed"] = [];
  const { diffs, unreadable } = rangeDiff(repo, base, head, paths ? ["--", ...paths] : []);
  for (const { path, reason } of unreadable) {
    notReviewed.push({ path, reason });
    files.push({ path, status: "modified", before: null, after: null, hunks: [], skipped: reason });
  }
  for (const file of diffs) {
    const from = clean(file.from);
    const to = clean(file.to);
    const status: FileStatus = file.new
      ? "added"
      : file.deleted
        ? "removed"
        : from && to && from !== to
          ? "renamed"
          : "modified";
    const path = (status === "removed" ? from : to) ?? from ?? "";
    const pair: FilePair = {
      path,
      ...(status === "renamed" && from ? { previousPath: from } : {}),
      status,
      before: null,
      after: null,
      hunks: hunksOfChunks(file.chunks),
    };
    if (files.length >= config.limits.files) {
      notReviewed.push({ path, reason: `over the ${config.limits.files}-file limit (limits.files)` });
      pair.skipped = "file limit";
    } else if (needsContents(path, config)) {
      readContents(pair, { repo, base, head, from, to, config });
      if (pair.skipped?.startsWith("git cannot")) notReviewed.push({ path, reason: pair.skipped });
    }
    files.push(pair);
  }
  const title = git(repo, ["log", "-1", "--format=%s", head]).trim();
  return {
    repo: { owner: "local", name: repo },
    base: { ref: base, sha: base },
    head: { ref: head, sha: git(repo, ["rev-parse", head]).trim() },
    title,
    body,
    files,
    notReviewed,
  };
}

/**
 * The range's diff in one call; if git fails on it (it could not read some blob), the file list
 * from the trees alone and one diff per file, so only the files git cannot read are left out.
 * Bad refs fail the same way both times and stay an error.
 */
function rangeDiff(
  repo: string,
  base: string,
  head: string,
  pathspec: string[],
): { diffs: parseDiff.File[]; unreadable: { path: string; reason: string }[] } {
  try {
    return { diffs: parseDiff(git(repo, [...DIFF, "--find-renames", base, head, ...pathspec])), unreadable: [] };
  } catch (err) {
    if (!(err instanceof GitError)) throw err;
    // Tree entries only: listing paths reads no blob (rename detection would).
    const paths = git(repo, ["diff", "--name-only", "-z", "--no-renames", base, head, ...pathspec])
      .split("\0")
      .filter(Boolean);
    const diffs: parseDiff.File[] = [];
    const unreadable: { path: string; reason: string }[] = [];
    for (const path of paths) {
      try {
        diffs.push(...parseDiff(git(repo, [...DIFF, "--no-renames", base, head, "--", path])));
      } catch (e) {
        const why = e instanceof GitError ? (e.message.split(": ").pop() ?? e.message) : String(e);
        unreadable.push({ path, reason: `git cannot read it (${why})` });
      }
    }
    return { diffs, unreadable };
  }
}

function clean(p: string | undefined): string | undefined {
  return !p || p === "/dev/null" ? undefined : p;
}

function readContents(
  pair: FilePair,
  o: { repo: string; base: string; head: string; from?: string; to?: string; config: Config },
) {
  const before = pair.status === "added" || !o.from ? null : showFile(o.repo, o.base, o.from);
  const after = pair.status === "removed" || !o.to ? null : showFile(o.repo, o.head, o.to);
  // The diff says which sides exist: a side git shows nothing for is one it cannot read.
  const missing = (pair.status !== "added" && o.from && !before) || (pair.status !== "removed" && o.to && !after);
  if (missing) {
    pair.skipped = "git cannot read it (the blob is missing from this clone)";
    return;
  }
  const cap = o.config.limits["bytes-per-file"];
  for (const buf of [before, after]) {
    if (buf && buf.length > cap) pair.skipped = `larger than ${cap} bytes (limits.bytes-per-file)`;
    else if (buf && buf.subarray(0, 8000).includes(0)) pair.skipped = "binary file";
  }
  if (pair.skipped) return;
  pair.before = before?.toString("utf8") ?? null;
  pair.after = after?.toString("utf8") ?? null;
}
