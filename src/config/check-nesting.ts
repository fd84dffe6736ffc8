import type { ConfigError } from "./types.js";

/** A real config nests a handful of levels and has a few dozen flow lists; these are far above. */
export const MAX_FLOW_DEPTH = 32;
export const MAX_FLOW_OPENERS = 500;
export const MAX_INDENT = 200;
export const MAX_COMPACT_ITEMS = 32;

/**
 * Refuses pathologically nested YAML before the parser sees it: `[[[[…` a thousand deep makes the
 * yaml library spend seconds and, deeper, exhaust the process's memory. One linear scan that
 * deliberately ignores quotes and comments: brackets there count too, so hiding nesting from this
 * check is impossible (a parser's depth never exceeds the number of `[` / `{` in the text), at the
 * price of refusing absurd files that no real config resembles.
 */
export function checkNesting(text: string): ConfigError | undefined {
  let depth = 0;
  let openers = 0;
  let line = 1;
  let lineStart = true;
  let indent = 0;
  let dashes = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n") {
      line++;
      lineStart = true;
      indent = 0;
      dashes = 0;
      continue;
    }
    if (lineStart) {
      if (ch === " ") {
        if (++indent > MAX_INDENT) return tooDeep(line, `indented more than ${MAX_INDENT} columns`);
        continue;
      }
      if (ch === "-" && (text[i + 1] === " " || text[i + 1] === "\t")) {
        if (++dashes > MAX_COMPACT_ITEMS)
          return tooDeep(line, `more than ${MAX_COMPACT_ITEMS} nested \`- \` items on one line`);
        continue;
      }
      lineStart = false;
    }
    if (ch === "[" || ch === "{") {
      if (++depth > MAX_FLOW_DEPTH) return tooDeep(line, `\`[\` / \`{\` nested more than ${MAX_FLOW_DEPTH} deep`);
      if (++openers > MAX_FLOW_OPENERS) return tooDeep(line, `more than ${MAX_FLOW_OPENERS} \`[\` / \`{\` in the file`);
    } else if ((ch === "]" || ch === "}") && depth > 0) depth--;
  }
  return undefined;
}

function tooDeep(line: number, what: string): ConfigError {
  return {
    path: "",
    line,
    expected: "a shallower file",
    message: `the file is nested too deeply on line ${line}: ${what}`,
  };
}
