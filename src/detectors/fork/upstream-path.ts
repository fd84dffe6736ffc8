import type { FilePair } from "../../engine/types.js";

/**
 * The path to look up in the upstream for a changed file: a rename's old path, since that is
 * where upstream still has it. Sources key `UpstreamContext.files` by this path.
 */
export function upstreamPathOf(pair: Pick<FilePair, "path" | "previousPath" | "status">): string {
  return pair.status === "renamed" && pair.previousPath ? pair.previousPath : pair.path;
}
