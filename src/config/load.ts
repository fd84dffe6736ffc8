import { LineCounter, isMap, isScalar, parseDocument, visit } from "yaml";
import { validateWithLines } from "./validate-config.js";
import { lineLocator } from "./errors.js";
import type { Document } from "yaml";
import type { ConfigError, ConfigResult } from "./types.js";

export { validateConfig } from "./validate-config.js";
export { formatConfigErrors } from "./errors.js";

/** A config file is a few kilobytes; anything far larger is a mistake or an attack. */
export const MAX_CONFIG_CHARS = 32 * 1024;
/** YAML aliases can expand exponentially ("billion laughs"); real configs need few. */
const MAX_ALIAS_COUNT = 100;
const MAX_SYNTAX_ERRORS = 10;

/**
 * Parses `.github/impactgate.yml` text, validates it and merges it over the defaults. Syntax
 * errors and schema errors alike come back as ConfigErrors with their 1-based line. Where nothing
 * can follow `_extends` (the CLI reads one file), `canExtend: false` makes it an error rather than
 * a silently dropped key: the settings it would pull in are missing, so the gate would be looser.
 */
export function loadConfigText(text: string, { canExtend = true }: { canExtend?: boolean } = {}): ConfigResult {
  if (text.length > MAX_CONFIG_CHARS) {
    return fail({
      path: "",
      expected: `at most ${MAX_CONFIG_CHARS} characters`,
      message: `the file is larger than ${MAX_CONFIG_CHARS / 1024} KiB`,
    });
  }
  const nesting = checkNesting(text);
  if (nesting) return fail(nesting);
  const counter = new LineCounter();
  let raw: unknown;
  try {
    const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false });
    // One mistake cascades into many parser errors; the first few say where to look.
    if (doc.errors.length > 0)
      return {
        ok: false,
        errors: doc.errors.slice(0, MAX_SYNTAX_ERRORS).map((e) => syntaxError(e.message, e.linePos?.[0]?.line)),
      };
    const keyErrors = checkKeys(doc, counter);
    if (keyErrors.length > 0) return { ok: false, errors: keyErrors.slice(0, MAX_SYNTAX_ERRORS) };
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    const locate = lineLocator(doc, counter);
    if (!canExtend && typeof raw === "object" && raw !== null && "_extends" in raw)
      return fail({
        path: "_extends",
        ...(locate(["_extends"]) ? { line: locate(["_extends"]) } : {}),
        expected: "a file without `_extends`",
        message:
          "`_extends` cannot be followed here (it needs the GitHub API): pass the merged configuration with --config FILE",
      });
    return validateWithLines(raw, locate);
  } catch (err) {
    return fail(syntaxError(err instanceof Error ? err.message : String(err), undefined));
  }
}

function syntaxError(message: string, line: number | undefined): ConfigError {
  const first = message.split("\n", 1)[0].replace(/ at line \d+, column \d+:?$/, "");
  const error: ConfigError = {
    path: "",
    expected: "valid YAML",
    message: `YAML syntax error${line ? ` on line ${line}` : ""}: ${first}`,
  };
  return line === undefined ? error : { ...error, line };
}

function fail(error: ConfigError): ConfigResult {
  return { ok: false, errors: [error] };
}

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

/**
 * Keys must be plain text, written once per mapping. A key written twice is reported at its second
 * occurrence; a list or mapping used as a key (`? [a, b]: x`) is refused rather than stringified. The yaml library's own
 * `uniqueKeys` check compares every pair of keys (quadratic: seconds for a hostile file with 10,000
 * keys); a Set per mapping is linear.
 */
export function checkKeys(doc: Document, counter: LineCounter): ConfigError[] {
  const errors: ConfigError[] = [];
  visit(doc, {
    Map(_key, map) {
      if (!isMap(map)) return;
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) {
          const at = (pair.key as { range?: [number, number] } | null)?.range?.[0];
          const line = at === undefined ? undefined : counter.linePos(at).line;
          const message = `YAML syntax error${line ? ` on line ${line}` : ""}: a key must be plain text, not a list or mapping`;
          errors.push(
            line === undefined
              ? { path: "", expected: "a plain key", message }
              : { path: "", line, expected: "a plain key", message },
          );
          continue;
        }
        const key = String(pair.key.value);
        if (!seen.has(key)) {
          seen.add(key);
          continue;
        }
        const line = pair.key.range ? counter.linePos(pair.key.range[0]).line : undefined;
        const message = `YAML syntax error${line ? ` on line ${line}` : ""}: the key \`${key.slice(0, 60)}\` is written twice in the same mapping`;
        errors.push(
          line === undefined
            ? { path: "", expected: "each key once", message }
            : { path: "", line, expected: "each key once", message },
        );
      }
    },
  });
  return errors;
}
