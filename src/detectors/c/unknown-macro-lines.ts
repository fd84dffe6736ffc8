/**
 * A line holding only an upper-case identifier is a macro invocation (valid C never has a bare
 * name there). When the macro is defined in a header that did not change, it cannot be expanded;
 * instead of letting it derail the parse, it becomes something that says "unknown":
 * - in a struct body, a member of that (undefined) type, so the layout is reported unknown
 *   with the macro named, never guessed;
 * - in an enum body, an enumerator of unknown value, so the members after it are unknown;
 * - at file scope, nothing (whatever it declares is not visible to us).
 * Only used on the retry of a file that had parse gaps, after known macros were expanded.
 */
export function neutraliseUnknownMacroLines(text: string): string {
  const lines = text.split("\n");
  const stack: ("enum" | "record" | "other")[] = [];
  let header = "";
  let inComment = false;
  let changed = false;
  for (let n = 0; n < lines.length; n++) {
    let line = lines[n]!;
    if (inComment) {
      const end = line.indexOf("*/");
      if (end < 0) continue;
      inComment = false;
      line = " ".repeat(end + 2) + line.slice(end + 2);
    }
    if (/^\s*#/.test(line)) continue;
    let code = line.replace(/\/\*.*?\*\//g, " ").replace(/\/\/.*$/, "");
    const open = code.indexOf("/*");
    if (open >= 0) {
      inComment = true;
      code = code.slice(0, open);
    }
    const bare = /^\s*([A-Z][A-Z0-9_]{2,})\s*$/.exec(code);
    const next = bare ? nextNonBlank(lines, n + 1) : "";
    // In an enum, a bare name right before `}` is its last enumerator (no trailing comma).
    if (bare && !next.startsWith("(") && !(stack[stack.length - 1] === "enum" && next.startsWith("}"))) {
      const name = bare[1]!;
      const kind = stack[stack.length - 1];
      lines[n] =
        kind === "record" ? `${name} ${name};` : kind === "enum" ? `${name} = __impactgate_unknown_${name},` : "";
      changed = true;
      continue;
    }
    // the code since the last `{`, `}` or `;` (a line end is a space): a brace's kind is read
    // from it; collected by slices, not a string per character
    let from = 0;
    for (let k = 0; k < code.length; k++) {
      const c = code.charCodeAt(k);
      if (c !== OPEN && c !== CLOSE && c !== SEMICOLON) continue;
      if (c === OPEN) {
        header += code.slice(from, k);
        stack.push(/\benum\b/.test(header) ? "enum" : /\b(struct|union|class)\b/.test(header) ? "record" : "other");
      } else if (c === CLOSE) stack.pop();
      header = "";
      from = k + 1;
    }
    header += code.slice(from) + " ";
  }
  return changed ? lines.join("\n") : text;
}

const OPEN = 123; // {
const CLOSE = 125; // }
const SEMICOLON = 59; // ;

/** The first line from `from` on with more than whitespace, trimmed ("" at the end of the text). */
function nextNonBlank(lines: readonly string[], from: number): string {
  for (let k = from; k < lines.length; k++) {
    const trimmed = lines[k]!.trim();
    if (trimmed !== "") return trimmed;
  }
  return "";
}
