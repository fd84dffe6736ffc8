import type { Hunk } from "./types.js";

/**
 * Rebuilds the base version of a file from its head version and the PR's hunks, or null when the
 * hunks do not apply exactly (a truncated or stale patch). GitHub computes a pull request's patch
 * against the merge base, so this is the version the PR actually changed — unlike a read at the
 * base branch's tip, which also holds whatever landed on the base branch since.
 */
export function reverseApplyHunks(after: string, hunks: readonly Hunk[]): string | null {
  if (hunks.length === 0) return null;
  const afterEol = after.endsWith("\n");
  const lines = after === "" ? [] : after.split("\n");
  if (afterEol) lines.pop();
  const out: string[] = [];
  let pos = 0;
  let beforeNoEol = false;
  for (const hunk of hunks) {
    // A hunk that adds nothing names the line before it (`+N,0`), otherwise its first line.
    // An emptied file has no line to name (git says +0,0; some writers say +1,0).
    const start = lines.length === 0 ? 0 : hunk.newLines === 0 ? hunk.newStart : hunk.newStart - 1;
    if (start < pos || start > lines.length) return null;
    out.push(...lines.slice(pos, start));
    pos = start;
    let last = "";
    for (const raw of hunk.lines) {
      const mark = raw[0];
      const text = raw.slice(1);
      if (mark === "\\") {
        if (last === "-" || last === " ") beforeNoEol = true;
        continue;
      }
      if (mark === "-") out.push(text);
      else if (mark === " " || mark === "+") {
        if (lines[pos] !== text) return null;
        if (mark === " ") out.push(text);
        pos++;
      } else return null;
      last = mark;
    }
  }
  const touchesEnd = pos === lines.length;
  out.push(...lines.slice(pos));
  const eol = touchesEnd ? !beforeNoEol : afterEol;
  return out.length === 0 ? "" : out.join("\n") + (eol ? "\n" : "");
}
