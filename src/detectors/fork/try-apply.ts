import { applyPatch } from "diff";
import type { Hunk } from "../../engine/types.js";

/** Largest fuzz tried: like `patch -F2`, more would apply hunks in unrelated places. */
export const MAX_FUZZ = 2;

export interface ApplyResult {
  applies: boolean;
  /** Smallest fuzz factor (context lines allowed to differ) that made every hunk apply. */
  fuzz: number;
  /** Per hunk, how many lines away from its header it applied; undefined when only fuzz placed it. */
  offsets: (number | undefined)[];
}

/**
 * Tries the PR's hunks on the upstream version of a file with the `diff` package's applyPatch,
 * fuzz 0 first, so the author knows whether the change could go upstream as-is.
 */
export function tryApplyUpstream(upstream: string, hunks: Hunk[]): ApplyResult {
  const patch = {
    oldFileName: "a",
    newFileName: "b",
    oldHeader: "",
    newHeader: "",
    hunks: hunks.map((h) => ({ ...h })),
  };
  for (let fuzz = 0; fuzz <= MAX_FUZZ; fuzz++) {
    if (applyPatch(upstream, patch, { fuzzFactor: fuzz }) !== false)
      return { applies: true, fuzz, offsets: offsetsOf(upstream, hunks) };
  }
  return { applies: false, fuzz: MAX_FUZZ, offsets: [] };
}

/** Where each hunk's old lines (context and removals) sit exactly in the upstream text, nearest its header. */
function offsetsOf(upstream: string, hunks: Hunk[]): (number | undefined)[] {
  const lines = upstream.split("\n");
  return hunks.map((h) => {
    const block = h.lines.filter((l) => l.startsWith(" ") || l.startsWith("-")).map((l) => l.slice(1));
    const expected = Math.max(0, h.oldStart - 1);
    if (block.length === 0) return 0;
    for (let d = 0; d < lines.length; d++) {
      for (const at of d === 0 ? [expected] : [expected - d, expected + d]) {
        if (at >= 0 && at + block.length <= lines.length && block.every((b, i) => lines[at + i] === b))
          return at - expected;
      }
    }
    return undefined;
  });
}
