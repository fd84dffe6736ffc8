/**
 * Comments inside preprocessor directives become spaces (C translation phase 3 does this before
 * directives are read). tree-sitter-c ends a macro's value at a comment, so in
 *   #define F \ /* a *\/ \ int x; \ /* b *\/ \ int y;
 * `int y;` turned into a file-scope declaration. Newlines are kept, so lines do not move.
 */
export function blankDirectiveComments(text: string): string {
  if (!text.includes("#")) return text;
  const out = text.split("");
  let changed = false;
  let i = 0;
  let lineStart = true;
  let inDirective = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === "\n") {
      // a directive goes on past a newline only after a backslash
      if (!(inDirective && /\\\r?$/.test(text.slice(Math.max(0, i - 2), i)))) inDirective = false;
      lineStart = true;
      i++;
      continue;
    }
    if (ch === "/" && text[i + 1] === "*") {
      const e = text.indexOf("*/", i + 2);
      const end = e < 0 ? text.length : e + 2;
      if (inDirective) {
        for (let k = i; k < end; k++) if (out[k] !== "\n") out[k] = " ";
        changed = true;
      }
      i = end;
      continue;
    }
    if (ch === "/" && text[i + 1] === "/") {
      const e = text.indexOf("\n", i);
      const end = e < 0 ? text.length : e;
      if (inDirective) {
        for (let k = i; k < end; k++) out[k] = " ";
        changed = true;
      }
      i = end;
      continue;
    }
    if (lineStart && ch === "#") inDirective = true;
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== ch && text[j] !== "\n") j += text[j] === "\\" ? 2 : 1;
      i = j + 1;
      lineStart = false;
      continue;
    }
    if (ch !== " " && ch !== "\t") lineStart = false;
    i++;
  }
  // Trailing blanks left where a comment ended a directive (`#define X /* nothing */`) make
  // tree-sitter read the next line into the macro value: trim them.
  return changed ? out.join("").replace(/[ \t]+(\r?\n|$)/g, "$1") : text;
}
