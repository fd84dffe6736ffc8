import parseDiff from "parse-diff";
import { git, showFile } from "./git.js";
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
}

/** A ChangeSet for a local git range: one `git diff` for paths and hunks, `git show` for contents. */
export function buildLocalChangeSet({ repo, base, head, body, config }: Options): ChangeSet {
  const diff = git(repo, ["diff", "--no-color", "--no-ext-diff", "--find-renames", "-U3", base, head]);
  const files: FilePair[] = [];
  const notReviewed: ChangeSet["notReviewed"] = [];
  for (const file of parseDiff(diff)) {
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

function clean(p: string | undefined): string | undefined {
  return !p || p === "/dev/null" ? undefined : p;
}

function readContents(
  pair: FilePair,
  o: { repo: string; base: string; head: string; from?: string; to?: string; config: Config },
) {
  const before = pair.status === "added" || !o.from ? null : showFile(o.repo, o.base, o.from);
  const after = pair.status === "removed" || !o.to ? null : showFile(o.repo, o.head, o.to);
  const cap = o.config.limits["bytes-per-file"];
  for (const buf of [before, after]) {
    if (buf && buf.length > cap) pair.skipped = `larger than ${cap} bytes (limits.bytes-per-file)`;
    else if (buf && buf.subarray(0, 8000).includes(0)) pair.skipped = "binary file";
  }
  if (pair.skipped) return;
  pair.before = before?.toString("utf8") ?? null;
  pair.after = after?.toString("utf8") ?? null;
}
