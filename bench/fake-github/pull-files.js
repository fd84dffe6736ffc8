// @ts-check
import { structuredPatch } from "diff";

/**
 * `pulls.listFiles` entries between two trees, with GitHub's `patch` (hunks from the first `@@`).
 * @param {Record<string, string>} before
 * @param {Record<string, string>} after
 */
export function pullFiles(before, after) {
  const paths = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return paths.flatMap((filename) => {
    const a = before[filename];
    const b = after[filename];
    if (a === b) return [];
    const status = a === undefined ? "added" : b === undefined ? "removed" : "modified";
    const patch = structuredPatch(filename, filename, a ?? "", b ?? "", "", "", { context: 3 });
    const text = patch.hunks
      .map((h) => [`@@ -${range(h.oldStart, h.oldLines)} +${range(h.newStart, h.newLines)} @@`, ...h.lines].join("\n"))
      .join("\n");
    const additions = patch.hunks.flatMap((h) => h.lines).filter((l) => l.startsWith("+")).length;
    const deletions = patch.hunks.flatMap((h) => h.lines).filter((l) => l.startsWith("-")).length;
    return [
      { sha: "0".repeat(40), filename, status, additions, deletions, changes: additions + deletions, patch: text },
    ];
  });
}

/**
 * A hunk range as git writes it: `5` for one line, `4,0` (the line before) for none.
 * @param {number} start @param {number} count
 */
function range(start, count) {
  if (count === 1) return String(start);
  if (count === 0) return `${Math.max(0, start - 1)},0`;
  return `${start},${count}`;
}
