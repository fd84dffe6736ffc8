import { structuredPatch } from "diff";
import parseDiff from "parse-diff";
import type { ChangeSet, FilePair, Hunk } from "./types.js";

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

/** Pairs whose hunks are still to be computed (withLazyHunks), until something reads them. */
const pending = new WeakSet<FilePair>();

/**
 * The pair with `hunks` computed from its two texts (hunksBetween) the first time they are read:
 * a C header diff never reads them (the C detector parses the texts; the generic finding that
 * would name the first changed line is dropped once a detector understood the file), and on the
 * kernel's changed headers they cost ≈ 0.15 s. Reading, spreading or serialising the pair computes
 * them, so every reader sees the same hunks as before.
 */
export function withLazyHunks(pair: Omit<FilePair, "hunks">): FilePair {
  const out = pair as FilePair;
  let hunks: Hunk[] | undefined;
  pending.add(out);
  return Object.defineProperty(out, "hunks", {
    enumerable: true,
    configurable: true,
    get: () => {
      pending.delete(out);
      return (hunks ??= hunksBetween(out.before, out.after));
    },
    set: (value: Hunk[]) => {
      pending.delete(out);
      hunks = value;
    },
  });
}

/** True while a pair's hunks (withLazyHunks) have not been computed: a copy can leave them to be computed where they are read. */
export function hunksPending(pair: FilePair): boolean {
  return pending.has(pair);
}

/**
 * The change set as sent to another process: the pairs whose hunks are still pending go without
 * them (`hunks: []`), listed in `pendingHunks`, so the receiver computes them only if it reads them
 * (restoreLazyHunks) instead of the sender computing all of them to serialise them.
 */
export function withoutPendingHunks(cs: ChangeSet): { changeSet: ChangeSet; pendingHunks: number[] } {
  const pendingHunks: number[] = [];
  const files = cs.files.map((pair, i) => {
    if (!hunksPending(pair)) return pair;
    pendingHunks.push(i);
    // copied key by key: a spread would read (and compute) the hunks
    const copy = {} as Record<string, unknown>;
    for (const key of Object.keys(pair)) if (key !== "hunks") copy[key] = pair[key as keyof FilePair];
    return { ...copy, hunks: [] } as unknown as FilePair;
  });
  return { changeSet: pendingHunks.length ? { ...cs, files } : cs, pendingHunks };
}

/** The receiving side of withoutPendingHunks: those pairs compute their hunks when read. */
export function restoreLazyHunks(cs: ChangeSet, pendingHunks: readonly number[] = []): ChangeSet {
  for (const i of pendingHunks) if (cs.files[i]) cs.files[i] = withLazyHunks(cs.files[i]!);
  return cs;
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
