import { diffArrays } from "diff";
import { Edit } from "web-tree-sitter";

/*
 * The edits that turn one text of a header into another, in the form tree-sitter's incremental
 * parse takes them (`Tree.edit` per edit, then `parse(text, oldTree)`; language.ts): by aligned
 * lines for the preprocessing passes, which keep every line, and by a line diff for the other
 * side of a change.
 */

/**
 * The edits turning `before` into `after`, one per run of differing lines, in order — each in the
 * coordinates of the text once the edits before it are applied (as `Tree.edit` takes them). Only
 * for texts with the same number of lines (undefined otherwise): the preprocessing passes keep
 * lines, so a line-by-line comparison finds every change without a diff. Offsets and columns are
 * in UTF-16 code units, as JS strings count them and web-tree-sitter takes them.
 */
export function lineEdits(before: string, after: string): Edit[] | undefined {
  const edits: Edit[] = [];
  const line = { a: 0, b: 0, row: 0 }; // the current line's start in `before` and `after`
  let run: { row: number; start: number; oldStart: number } | undefined;
  /** Ends the run at `row`, whose line starts at aStart/bStart and ends at aStop/bStop. */
  const close = (row: number, aStart: number, aStop: number, bStart: number, bStop: number) => {
    edits.push(
      new Edit({
        startIndex: run!.start,
        oldEndIndex: run!.start + (aStop - run!.oldStart),
        newEndIndex: bStop,
        startPosition: { row: run!.row, column: 0 },
        oldEndPosition: { row, column: aStop - aStart },
        newEndPosition: { row, column: bStop - bStart },
      }),
    );
    run = undefined;
  };
  let previous = { a: 0, aStop: 0, b: 0, bStop: 0 };
  for (;;) {
    const aEnd = before.indexOf("\n", line.a);
    const bEnd = after.indexOf("\n", line.b);
    if (aEnd < 0 !== bEnd < 0) return undefined;
    const aStop = aEnd < 0 ? before.length : aEnd;
    const bStop = bEnd < 0 ? after.length : bEnd;
    const same = aStop - line.a === bStop - line.b && before.startsWith(after.slice(line.b, bStop), line.a);
    if (same && run) close(line.row - 1, previous.a, previous.aStop, previous.b, previous.bStop);
    if (!same && !run) run = { row: line.row, start: line.b, oldStart: line.a };
    if (aEnd < 0) {
      if (run) close(line.row, line.a, aStop, line.b, bStop);
      return edits;
    }
    previous = { a: line.a, aStop, b: line.b, bStop };
    line.a = aEnd + 1;
    line.b = bEnd + 1;
    line.row++;
  }
}

/** Myers' diff gives up past this many inserted and deleted lines: one edit then spans the middle. */
const MAX_DIFF_LINES = 4000;

/**
 * The edits turning `before` into `after` for texts whose lines may have been inserted or deleted
 * (the other side of a change): the common first and last lines, then a line diff of the rest
 * (jsdiff's Myers), one edit per group of removed and added lines.
 */
export function diffEdits(before: string, after: string): Edit[] {
  const a = linesOf(before);
  const b = linesOf(after);
  let first = 0;
  while (first < a.length && first < b.length && a[first] === b[first]) first++;
  let last = 0;
  while (last < a.length - first && last < b.length - first && a[a.length - 1 - last] === b[b.length - 1 - last])
    last++;
  const removed = a.slice(first, a.length - last);
  const added = b.slice(first, b.length - last);
  const parts = diffArrays(removed, added, { maxEditLength: MAX_DIFF_LINES }) ?? [
    { value: removed, removed: true, added: false, count: removed.length },
    { value: added, removed: false, added: true, count: added.length },
  ];
  const edits: Edit[] = [];
  let at = b.slice(0, first).reduce((n, l) => n + l.length, 0);
  let row = first;
  let gone: string[] = [];
  let come: string[] = [];
  const flush = () => {
    if (!gone.length && !come.length) return;
    const oldLength = gone.reduce((n, l) => n + l.length, 0);
    const newLength = come.reduce((n, l) => n + l.length, 0);
    edits.push(
      new Edit({
        startIndex: at,
        oldEndIndex: at + oldLength,
        newEndIndex: at + newLength,
        startPosition: { row, column: 0 },
        oldEndPosition: endOf(row, gone),
        newEndPosition: endOf(row, come),
      }),
    );
    at += newLength;
    row += come.length;
    gone = [];
    come = [];
  };
  for (const part of parts) {
    if (part.removed) gone.push(...part.value);
    else if (part.added) come.push(...part.value);
    else {
      flush();
      at += part.value.reduce((n, l) => n + l.length, 0);
      row += part.value.length;
    }
  }
  flush();
  return edits;
}

/** The text's lines, each with its newline (the last may have none). */
function linesOf(text: string): string[] {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length - 1; i++) lines[i] += "\n";
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** Where `lines` written from the start of `row` end. */
function endOf(row: number, lines: string[]): { row: number; column: number } {
  const tail = lines[lines.length - 1];
  if (tail === undefined) return { row, column: 0 };
  return tail.endsWith("\n")
    ? { row: row + lines.length, column: 0 }
    : { row: row + lines.length - 1, column: tail.length };
}
