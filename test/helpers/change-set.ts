import type { ChangeSet, FilePair } from "../../src/engine/types.js";

/**
 * A pull request's ChangeSet of `files`, for detector tests that care only about the files (the
 * repository, refs, title and description are placeholders); `extra` adds the rest the test
 * needs (`includes`, `workspace`, …).
 */
export function changeSetOf(files: FilePair[], extra: Partial<ChangeSet> = {}): ChangeSet {
  return {
    repo: { owner: "o", name: "r" },
    base: { ref: "b", sha: "b" },
    head: { ref: "h", sha: "h" },
    title: "",
    body: "",
    files,
    ...extra,
  };
}
