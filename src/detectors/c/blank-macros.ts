import { isUndefinedExportName, type MacroScope } from "./attribute-macros.js";
import { isWordChar, isWordStart, parenthesisedEnd, skipNonCode } from "./text-scan.js";

/**
 * Does to declarations what the preprocessor would with the scope's macros, keeping offsets and
 * lines: attribute-only macros become spaces (`calls` with their argument list), and a wrapper
 * call `OF((int a))` loses its name and outer parentheses so its argument stays. Preprocessor
 * lines, comments and strings are left alone. One pass over character codes that collects the
 * ranges to blank and copies the text once at the end (a header of 300 KB is blanked for each
 * macro scope of a review: no array of its characters, no string per character).
 */
export function blankMacros(text: string, scope: MacroScope): string {
  const ranges: [number, number][] = [];
  let i = 0;
  const state = { lineStart: true };
  while (i < text.length) {
    if (!isWordStart(text.charCodeAt(i))) {
      const next = skipNonCode(text, i, state);
      i = next === i ? i + 1 : next;
      continue;
    }
    state.lineStart = false; // what skipNonCode says of any other character that is code
    let j = i + 1;
    while (j < text.length && isWordChar(text.charCodeAt(j))) j++;
    const word = text.slice(i, j);
    if (scope.calls.has(word) || scope.wrappers.has(word)) {
      const end = parenthesisedEnd(text, j, true);
      if (end > 0) {
        if (scope.calls.has(word)) ranges.push([i, end]);
        else {
          const open = text.indexOf("(", j) + 1;
          ranges.push([i, open], [end - 1, end]);
          // the argument is rescanned: it may hold attribute macros of its own
          i = open;
          continue;
        }
        i = end;
        continue;
      }
    }
    if (scope.plain.has(word) || (isUndefinedExportName(word, scope) && beforeDeclarator(text, j))) ranges.push([i, j]);
    i = j;
  }
  return ranges.length ? blanked(text, ranges) : text;
}

/** `text` with every character of `ranges` (they may nest) but newlines made a space. */
function blanked(text: string, ranges: [number, number][]): string {
  ranges.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let at = 0;
  for (const [from, to] of ranges) {
    if (to <= at) continue;
    const start = Math.max(from, at);
    parts.push(text.slice(at, start), text.slice(start, to).replace(/[^\n]/g, " "));
    at = to;
  }
  parts.push(text.slice(at));
  return parts.join("");
}

/**
 * An export macro stands before a type, a name or a `*`; an enumerator spelled like one
 * (`KVM_SEV_CERT_EXPORT,`) is followed by `,`, `=` or `}` and stays.
 */
function beforeDeclarator(text: string, from: number): boolean {
  let j = from;
  while (j < text.length && /\s/.test(text[j]!)) j++;
  return /[A-Za-z_*]/.test(text[j] ?? "");
}
