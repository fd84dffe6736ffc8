import { withLazyHunks } from "./hunks.js";
import type { ChangeSet, FilePair, UpstreamContext } from "./types.js";

export type Tree = Record<string, string>;

interface Options {
  before: Tree;
  after: Tree;
  body?: string;
  title?: string;
  upstream?: UpstreamContext;
  repo?: ChangeSet["repo"];
}

/**
 * Builds a ChangeSet from two in-memory trees (path → text): what `impactgate diff` and the
 * fixture harness compare. Identical files are left out; the before tree is the workspace.
 */
export function changeSetFromTrees({ before, after, body = "", title = "", upstream, repo }: Options): ChangeSet {
  const paths = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const files: FilePair[] = [];
  for (const path of paths) {
    const b = before[path] ?? null;
    const a = after[path] ?? null;
    if (b === a) continue;
    const status = b === null ? "added" : a === null ? "removed" : "modified";
    // hunks only when something reads them (withLazyHunks)
    files.push(withLazyHunks({ path, status, before: b, after: a }));
  }
  return {
    repo: repo ?? { owner: "local", name: "local" },
    base: { ref: "before", sha: "before" },
    head: { ref: "after", sha: "after" },
    title,
    body,
    files,
    workspace: { paths: Object.keys(before).sort(), files: before },
    upstream,
  };
}
