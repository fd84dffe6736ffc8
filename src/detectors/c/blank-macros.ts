import { isExportName } from "./attribute-macros.js";
import { parenthesisedEnd, skipNonCode } from "./text-scan.js";

/**
 * Replaces uses of attribute-only macros with spaces (offsets and lines unchanged), outside
 * preprocessor lines, comments and strings. `calls` names are blanked with their argument list.
 */
export function blankMacros(text: string, names: { plain: Set<string>; calls: Set<string> }): string {
  const out = text.split("");
  let changed = false;
  let i = 0;
  const state = { lineStart: true };
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== "\n") out[k] = " ";
    changed = true;
  };
  while (i < text.length) {
    const next = skipNonCode(text, i, state);
    if (next !== i) {
      i = next;
      continue;
    }
    const ch = text[i]!;
    if (/[A-Za-z_]/.test(ch)) {
      let j = i + 1;
      while (j < text.length && /\w/.test(text[j]!)) j++;
      const word = text.slice(i, j);
      if (names.calls.has(word)) {
        const end = parenthesisedEnd(text, j);
        if (end > 0) {
          blank(i, end);
          i = end;
          continue;
        }
      }
      if (names.plain.has(word) || isExportName(word)) blank(i, j);
      i = j;
      continue;
    }
    i++;
  }
  return changed ? out.join("") : text;
}
