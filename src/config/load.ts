import { LineCounter, parseDocument } from "yaml";
import { validateWithLines } from "./validate-config.js";
import { lineLocator } from "./yaml-lines.js";
import { checkNesting } from "./check-nesting.js";
import { checkKeys } from "./check-keys.js";
import type { ConfigError, ConfigResult } from "./types.js";

export { validateConfig } from "./validate-config.js";
export { formatConfigErrors } from "./format-errors.js";

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
