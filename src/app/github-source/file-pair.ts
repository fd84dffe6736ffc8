import { hunksFromPatch } from "../../engine/hunks.js";
import type { FilePair, FileStatus } from "../../engine/types.js";
import type { PullFile } from "./list-files.js";

/** GitHub's file statuses mapped onto the engine's four. */
export function fileStatus(status: string): FileStatus {
  if (status === "added" || status === "copied") return "added";
  if (status === "removed") return "removed";
  if (status === "renamed") return "renamed";
  return "modified"; // modified, changed (mode only), unchanged
}

/** A FilePair without contents yet: path, status and the hunks from GitHub's `patch`. */
export function emptyPair(file: PullFile): FilePair {
  const status = fileStatus(file.status);
  return {
    path: file.filename,
    ...(file.previous_filename ? { previousPath: file.previous_filename } : {}),
    status,
    before: null,
    after: null,
    hunks: hunksFromPatch(file.patch),
  };
}
