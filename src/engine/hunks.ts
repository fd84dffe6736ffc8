import { structuredPatch } from "diff";
import parseDiff from "parse-diff";
import type { Hunk } from "./types.js";

const CONTEXT = 3;

/**
 * Edits (lines added plus lines removed) up to which the minimal diff is searched for. Myers'
 * algorithm costs about the square of this: when every line of a 100,000-line file changes, an
 * unbounded search ran for hours. Past it, the change is one hunk from the first changed line to
 * the last — still exact, only coarser.
 */
export const MAX_DIFF_EDITS = 1000;

/**
 * Hunks between two texts (3 lines of context), as a unified diff would show them. Bounded: a
 * change of more than `maxEdits` lines comes back as one replacement hunk, found in linear time.
 */
export function hunksBetween(before: string | null, after: string | null, maxEdits = MAX_DIFF_EDITS): Hunk[] {
  const patch = structuredPatch("a", "b", before ?? "", after ?? "", "", "", {
    context: CONTEXT,
    maxEditLength: maxEdits,
  });
  if (!patch) return replacementHunks(before ?? "", after ?? "");
  return patch.hunks.map((h) => ({
    oldStart: h.oldStart,
    oldLines: h.oldLines,
    newStart: h.newStart,
    newLines: h.newLines,
    lines: h.lines,
  }));
}

/**
 * The change as one hunk: the common first and last lines stay, everything between is removed and
 * added. Lines keep their end-of-line while compared (as jsdiff does), so a missing final newline
 * is a change and is marked like jsdiff marks it.
 */
function replacementHunks(before: string, after: string): Hunk[] {
  const a = linesWithEol(before);
  const b = linesWithEol(after);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  )
    suffix++;
  if (prefix === a.length && prefix === b.length) return [];
  const lead = a.slice(Math.max(0, prefix - CONTEXT), prefix);
  const trail = a.slice(a.length - suffix, a.length - suffix + CONTEXT);
  const removed = a.slice(prefix, a.length - suffix);
  const added = b.slice(prefix, b.length - suffix);
  const marked = [
    ...lead.map((l) => ` ${l}`),
    ...removed.map((l) => `-${l}`),
    ...added.map((l) => `+${l}`),
    ...trail.map((l) => ` ${l}`),
  ];
  const lines: string[] = [];
  for (const line of marked) {
    if (line.endsWith("\n")) lines.push(line.slice(0, -1));
    else lines.push(line, "\\ No newline at end of file");
  }
  const start = prefix - lead.length + 1;
  return [
    {
      oldStart: start,
      oldLines: lead.length + removed.length + trail.length,
      newStart: start,
      newLines: lead.length + added.length + trail.length,
      lines,
    },
  ];
}

/** Lines with their `\n` (the last one without, when the text does not end with a newline). */
function linesWithEol(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", from)) {
    out.push(text.slice(from, nl + 1));
    from = nl + 1;
  }
  if (from < text.length) out.push(text.slice(from));
  return out;
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
