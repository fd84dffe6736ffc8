import { isExportName } from "./attribute-macros.js";
import { endOfDirective, parenthesisedEnd } from "./text-scan.js";

/**
 * Replaces uses of attribute-only macros with spaces (offsets and lines unchanged), outside
 * preprocessor lines, comments and strings. `calls` names are blanked with their argument list.
 */
export function blankMacros(text: string, names: { plain: Set<string>; calls: Set<string> }): string {
  const out = text.split("");
  let changed = false;
  let i = 0;
  let lineStart = true;
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== "\n") out[k] = " ";
    changed = true;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === "\n") { lineStart = true; i++; continue; }
    if (ch === " " || ch === "\t" || ch === "\r") { i++; continue; }
    if (lineStart && ch === "#") { i = endOfDirective(text, i); continue; }
    lineStart = false;
    if (ch === "/" && text[i + 1] === "*") { const e = text.indexOf("*/", i + 2); i = e < 0 ? text.length : e + 2; continue; }
    if (ch === "/" && text[i + 1] === "/") { const e = text.indexOf("\n", i); i = e < 0 ? text.length : e; continue; }
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== ch && text[j] !== "\n") j += text[j] === "\\" ? 2 : 1;
      i = j + 1;
      continue;
    }
    if (/[A-Za-z_]/.test(ch)) {
      let j = i + 1;
      while (j < text.length && /\w/.test(text[j]!)) j++;
      const word = text.slice(i, j);
      if (names.calls.has(word)) {
        const end = parenthesisedEnd(text, j);
        if (end > 0) { blank(i, end); i = end; continue; }
      }
      if (names.plain.has(word) || isExportName(word)) blank(i, j);
      i = j;
      continue;
    }
    i++;
  }
  return changed ? out.join("") : text;
}


