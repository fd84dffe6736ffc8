import { onlyBlanks } from "./text-scan.js";

/**
 * Comments inside preprocessor directives become spaces (C translation phase 3 does this before
 * directives are read). tree-sitter-c ends a macro's value at a comment, so in
 *   #define F \ /* a *\/ \ int x; \ /* b *\/ \ int y;
 * `int y;` turned into a file-scope declaration. Newlines are kept, so lines do not move.
 */
export function blankDirectiveComments(text: string): string {
  if (!text.includes("#")) return text;
  // Comment spans inside directives, blanked at the end: most texts have none, and copying every
  // text into an array of characters cost more than parsing it (each header of an include
  // closure comes through here once per file that includes it). The scan stops only at the
  // characters it acts on (the regular expression engine skips the rest) and checks that only
  // blanks came before a `#` on its line.
  const spans: [number, number][] = [];
  const significant = /[\n/#"']/g;
  let lineStart = true; // only blanks (and comments) since the line began, up to `scanned`
  let inDirective = false;
  let scanned = 0;
  // `test`, not `exec`: no match object per character (the pattern is one character long)
  while (significant.test(text)) {
    const i = significant.lastIndex - 1;
    const ch = text[i]!;
    if (lineStart && i > scanned) lineStart = onlyBlanks(text, scanned, i);
    let next = i + 1;
    if (ch === "\n") {
      // a directive goes on past a newline only after a backslash
      if (!(inDirective && /\\\r?$/.test(text.slice(Math.max(0, i - 2), i)))) inDirective = false;
      lineStart = true;
    } else if (ch === "/" && text[i + 1] === "*") {
      const e = text.indexOf("*/", i + 2);
      next = e < 0 ? text.length : e + 2;
      if (inDirective) spans.push([i, next]);
    } else if (ch === "/" && text[i + 1] === "/") {
      const e = text.indexOf("\n", i);
      next = e < 0 ? text.length : e;
      if (inDirective) spans.push([i, next]);
    } else if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== ch && text[j] !== "\n") j += text[j] === "\\" ? 2 : 1;
      next = j + 1;
      lineStart = false;
    } else {
      if (lineStart && ch === "#") inDirective = true;
      lineStart = false; // `#`, or a `/` that opens no comment
    }
    significant.lastIndex = scanned = next;
  }
  // Trailing blanks left where a comment ended a directive (`#define X /* nothing */`) make
  // tree-sitter read the next line into the macro value: trim them.
  if (spans.length === 0) return text;
  let out = "";
  let from = 0;
  for (const [start, end] of spans) {
    out += text.slice(from, start) + text.slice(start, end).replace(/[^\n]/g, " ");
    from = end;
  }
  return trimLineEnds(out + text.slice(from));
}

/**
 * Drops blanks before each line end. A loop, not `/[ \t]+(\r?\n|$)/g`: that pattern retries
 * from every blank of a long run that does not end the line, quadratic in the run's length — and
 * a blanked comment is such a run.
 */
function trimLineEnds(text: string): string {
  // Line by line with indexOf, copying only where a line has blanks to drop: splitting every
  // text into an array of lines and joining it again cost more than the scan.
  let out = "";
  let kept = 0;
  for (let from = 0; from <= text.length;) {
    const nl = text.indexOf("\n", from);
    const lineEnd = nl < 0 ? text.length : nl;
    const cr = lineEnd > from && text.charCodeAt(lineEnd - 1) === 13 ? 1 : 0;
    let end = lineEnd - cr;
    while (end > from && isBlank(text.charCodeAt(end - 1))) end--;
    if (end < lineEnd - cr) {
      out += text.slice(kept, end);
      kept = lineEnd - cr;
    }
    if (nl < 0) break;
    from = nl + 1;
  }
  return kept ? out + text.slice(kept) : text;
}

const isBlank = (c: number) => c === 32 || c === 9;
