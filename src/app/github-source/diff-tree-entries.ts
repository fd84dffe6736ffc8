import type { PullFile } from "./list-files.js";

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
