import { isUndefinedExportName, type MacroScope } from "./attribute-macros.js";
import { parenthesisedEnd, skipNonCode } from "./text-scan.js";

/**
 * Does to declarations what the preprocessor would with the scope's macros, keeping offsets and
 * lines: attribute-only macros become spaces (`calls` with their argument list), and a wrapper
 * call `OF((int a))` loses its name and outer parentheses so its argument stays. Preprocessor
 * lines, comments and strings are left alone.
 */
export function blankMacros(text: string, scope: MacroScope): string {
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
      if (scope.calls.has(word) || scope.wrappers.has(word)) {
        const end = parenthesisedEnd(text, j, true);
        if (end > 0) {
          if (scope.calls.has(word)) blank(i, end);
          else {
            blank(i, text.indexOf("(", j) + 1);
            blank(end - 1, end);
            // the argument is rescanned: it may hold attribute macros of its own
            i = text.indexOf("(", j) + 1;
            continue;
          }
          i = end;
          continue;
        }
      }
      if (scope.plain.has(word) || (isUndefinedExportName(word, scope) && beforeDeclarator(text, j))) blank(i, j);
      i = j;
      continue;
    }
    i++;
  }
  return changed ? out.join("") : text;
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
