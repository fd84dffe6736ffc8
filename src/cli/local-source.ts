import parseDiff from "parse-diff";
import { git, GitError, showFiles, TOO_LARGE } from "./git.js";
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
 * A ChangeSet for a local git range: one `git diff` for paths and hunks, one `git cat-file
 * --batch` for the contents of every file a detector reads.
 * A file git cannot read (a blob missing from a partial or damaged clone) is listed as not
 * reviewed with git's reason; the rest of the range is still reviewed.
 */
export function buildLocalChangeSet({ repo, base, head, body, config, paths }: Options): ChangeSet {
  const files: FilePair[] = [];
  const notReviewed: ChangeSet["notReviewed"] = [];
  const { diffs, unreadable } = rangeDiff(repo, base, head, paths ? ["--", ...paths] : []);
  const wanted: { pair: FilePair; from?: string; to?: string }[] = [];
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
    } else if (needsContents(path, config)) wanted.push({ pair, from, to });
    files.push(pair);
  }
  readContents(wanted, { repo, base, head, config });
  for (const { pair } of wanted)
    if (pair.skipped?.startsWith("git cannot")) notReviewed.push({ path: pair.path, reason: pair.skipped });
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

/** The two sides' texts of each pair, or the reason it is skipped (unreadable, too large, binary). */
function readContents(
  wanted: { pair: FilePair; from?: string; to?: string }[],
  o: { repo: string; base: string; head: string; config: Config },
) {
  const sides = wanted.map(({ pair, from, to }) => ({
    before: pair.status === "added" || !from ? undefined : { ref: o.base, path: from },
    after: pair.status === "removed" || !to ? undefined : { ref: o.head, path: to },
  }));
  const cap = o.config.limits["bytes-per-file"];
  const blobs = showFiles(
    o.repo,
    sides.flatMap((s) => [s.before, s.after].filter((e) => e !== undefined)),
    cap,
  );
  let next = 0;
  wanted.forEach(({ pair }, i) => {
    const before = sides[i]!.before ? blobs[next++]! : null;
    const after = sides[i]!.after ? blobs[next++]! : null;
    // The diff says which sides exist: a side git shows nothing for is one it cannot read.
    if ((sides[i]!.before && !before) || (sides[i]!.after && !after)) {
      pair.skipped = "git cannot read it (the blob is missing from this clone)";
      return;
    }
    for (const buf of [before, after]) {
      if (buf === TOO_LARGE) pair.skipped = `larger than ${cap} bytes (limits.bytes-per-file)`;
      else if (buf && buf.subarray(0, 8000).includes(0)) pair.skipped = "binary file";
    }
    if (pair.skipped || before === TOO_LARGE || after === TOO_LARGE) return;
    pair.before = before?.toString("utf8") ?? null;
    pair.after = after?.toString("utf8") ?? null;
  });
}
