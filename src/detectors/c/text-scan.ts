/**
 * Character-level helpers for the preprocessing passes (blank-macros, expand-body-macros): the
 * preprocessor works on text before any grammar sees it, so these scan text, not trees.
 */

/** Index of the newline ending the directive line at `i`, continuations (`\`) included. */
export function endOfDirective(text: string, i: number): number {
  for (;;) {
    const e = text.indexOf("\n", i);
    if (e < 0) return text.length;
    if (!/\\\r?$/.test(text.slice(i, e))) return e;
    i = e + 1;
  }
}

/**
 * Index after the balanced `( … )` that follows `from`, or -1 when none follows. Blanks before
 * the `(` are skipped; with `acrossLines` newlines too (a macro call may wrap, a definition not).
 */
export function parenthesisedEnd(text: string, from: number, acrossLines = false): number {
  const blank = acrossLines ? /\s/ : /[ \t]/;
  let j = from;
  while (j < text.length && blank.test(text[j]!)) j++;
  if (text[j] !== "(") return -1;
  let depth = 0;
  for (; j < text.length; j++) {
    if (text[j] === "(") depth++;
    else if (text[j] === ")" && --depth === 0) return j + 1;
  }
  return -1;
}
