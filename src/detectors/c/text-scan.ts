/**
 * Character-level helpers for the preprocessing passes (blank-macros, expand-body-macros,
 * directive-comments, inner-directives): the preprocessor works on text before any grammar sees
 * it, so these scan text, not trees.
 */

/** Index of the newline ending the directive line at `i`, continuations (`\`) included. */
function endOfDirective(text: string, i: number): number {
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

/** Whether the scan is at the start of a line (only blanks seen since the newline). */
export interface ScanState {
  lineStart: boolean;
}

/**
 * Where a scan resumes when `text[i]` starts something no macro use can be in — blanks, a
 * directive line, a comment, a string or character literal — or `i` itself when it is code.
 */
export function skipNonCode(text: string, i: number, state: ScanState): number {
  // character codes: `text[i]` makes a string of each character it is asked for
  const ch = text.charCodeAt(i);
  if (ch === NEWLINE) {
    state.lineStart = true;
    return i + 1;
  }
  if (ch === SPACE || ch === TAB || ch === RETURN) return i + 1;
  if (state.lineStart && ch === HASH) return endOfDirective(text, i);
  state.lineStart = false;
  if (ch === SLASH) {
    const after = text.charCodeAt(i + 1);
    if (after === STAR) {
      const e = text.indexOf("*/", i + 2);
      return e < 0 ? text.length : e + 2;
    }
    if (after === SLASH) {
      const e = text.indexOf("\n", i);
      return e < 0 ? text.length : e;
    }
  }
  if (ch === DOUBLE_QUOTE || ch === QUOTE) {
    let j = i + 1;
    for (;;) {
      if (j >= text.length) break;
      const c = text.charCodeAt(j);
      if (c === ch || c === NEWLINE) break;
      j += c === BACKSLASH ? 2 : 1;
    }
    return j + 1;
  }
  return i;
}

const NEWLINE = 10;
const TAB = 9;
const RETURN = 13;
const SPACE = 32;
const HASH = 35;
const SLASH = 47;
const STAR = 42;
const DOUBLE_QUOTE = 34;
const QUOTE = 39;
const BACKSLASH = 92;

/** Whether `text` from `from` to `to` holds only spaces and tabs. */
export function onlyBlanks(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** `[A-Za-z_]`: where an identifier can start. */
export function isWordStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

/** `\w`: the rest of an identifier. */
export function isWordChar(c: number): boolean {
  return isWordStart(c) || (c >= 48 && c <= 57);
}
