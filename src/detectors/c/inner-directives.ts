import { onlyBlanks } from "./text-scan.js";

/**
 * `#define` / `#undef` lines written inside a struct or enum body (the kernel documents flag
 * values next to their member) derail tree-sitter's error recovery, which then drops or keeps
 * members depending on whitespace. The preprocessor handles directives before parsing (C
 * translation phase 4), so we do too: such lines are blanked out of the text the declarations
 * are parsed from (offsets and line numbers kept) and parsed on their own for the macros.
 */
export function splitInnerDirectives(text: string): { code: string; directives: string | null } {
  const lines = innerDirectiveLines(text);
  if (!lines.length) return { code: text, directives: null };
  const code = text.split("\n");
  // The directives text only needs the same line numbers: other lines are left empty.
  const directives = code.map(() => "");
  for (const i of lines) {
    directives[i] = code[i]!;
    code[i] = blank(code[i]!);
  }
  return { code: code.join("\n"), directives: directives.join("\n") };
}

const blank = (line: string) => line.replace(/[^\r]/g, " ");
const DIRECTIVE = /^\s*#\s*(define|undef)\b/;

/**
 * Line indexes (0-based) of define/undef directives, and their continuations, inside braces.
 * The scan stops only at the characters it acts on (`SIGNIFICANT`: the regular expression engine
 * skips the rest, most of a header) and checks that only blanks came before a `#` on its line:
 * every header of a review's include closure comes through here once per text.
 */
function innerDirectiveLines(text: string): number[] {
  const out: number[] = [];
  const significant = new RegExp(SIGNIFICANT.source, "g");
  let depth = 0;
  let line = 0;
  let lineStart = true; // only blanks since the line began, up to `from`
  let from = 0;
  // `test`, not `exec`: no match object per character (the pattern is one character long)
  while (significant.test(text)) {
    let i = significant.lastIndex - 1;
    const ch = text[i]!;
    if (lineStart && i > from) lineStart = onlyBlanks(text, from, i);
    if (ch === "\n") {
      line++;
      lineStart = true;
      from = i + 1;
      continue;
    }
    if (lineStart && depth > 0 && ch === "#" && DIRECTIVE.test(text.slice(i, text.indexOf("\n", i) >>> 0))) {
      // the directive, its continuation lines and any block comment it opens
      out.push(line);
      let j = i;
      for (; j < text.length && text[j] !== "\n"; j++) {
        if (text[j] === "/" && text[j + 1] === "*") {
          const end = text.indexOf("*/", j + 2);
          const stop = end < 0 ? text.length : end + 2;
          for (let k = j; k < stop; k++) if (text[k] === "\n") out.push(++line);
          j = stop - 1;
        } else if (text[j] === "/" && text[j + 1] === "/") {
          while (j + 1 < text.length && text[j + 1] !== "\n") j++;
        } else if (text[j] === "\\" && (text[j + 1] === "\n" || (text[j + 1] === "\r" && text[j + 2] === "\n"))) {
          j += text[j + 1] === "\r" ? 2 : 1;
          out.push(++line);
        }
      }
      line++;
      lineStart = true;
      significant.lastIndex = from = j + 1;
      continue;
    }
    lineStart = false;
    if (ch === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      const stop = end < 0 ? text.length : end + 2;
      for (let nl = text.indexOf("\n", i); nl >= 0 && nl < stop; nl = text.indexOf("\n", nl + 1)) line++;
      i = stop - 1;
    } else if (ch === "/" && text[i + 1] === "/") {
      const end = text.indexOf("\n", i);
      i = (end < 0 ? text.length : end) - 1;
    } else if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== ch && text[j] !== "\n") j += text[j] === "\\" ? 2 : 1;
      i = j; // the character that ends the literal — its quote, or the newline of an unclosed one — is passed over
    } else if (ch === "{") depth++;
    else if (ch === "}") depth = Math.max(0, depth - 1);
    significant.lastIndex = from = i + 1;
  }
  return out;
}

/** What `innerDirectiveLines` acts on: line ends, braces, literals, comments and directives. */
const SIGNIFICANT = /[\n{}"'/#]/;
