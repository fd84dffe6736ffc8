import { structuredPatch } from "diff";
import parseDiff from "parse-diff";
import type { Hunk } from "./types.js";

/** Hunks between two texts (3 lines of context), as a unified diff would show them. */
export function hunksBetween(before: string | null, after: string | null): Hunk[] {
  const patch = structuredPatch("a", "b", before ?? "", after ?? "", "", "", { context: 3 });
  return patch.hunks.map((h) => ({
    oldStart: h.oldStart,
    oldLines: h.oldLines,
    newStart: h.newStart,
    newLines: h.newLines,
    lines: h.lines,
  }));
}

/** Hunks from a GitHub `patch` field or one file's unified diff text (parse-diff). */
export function hunksFromPatch(patch: string | undefined): Hunk[] {
  if (!patch) return [];
  const text = patch.startsWith("@@") ? `--- a/f\n+++ b/f\n${patch}` : patch;
  const [file] = parseDiff(text);
  return hunksOfChunks(file?.chunks ?? []);
}

/** parse-diff's chunks as the engine's hunks. */
export function hunksOfChunks(chunks: parseDiff.Chunk[]): Hunk[] {
  return chunks.map((c) => ({
    oldStart: c.oldStart,
    oldLines: c.oldLines,
    newStart: c.newStart,
    newLines: c.newLines,
    lines: c.changes.map((ch) => ch.content),
  }));
}
