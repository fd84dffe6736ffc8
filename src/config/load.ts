import { LineCounter, parseDocument } from "yaml";
import { validateWithLines } from "./validate-config.js";
import { lineLocator } from "./yaml-lines.js";
import type { ConfigError, ConfigResult } from "./types.js";

export { validateConfig } from "./validate-config.js";
export { formatConfigErrors } from "./format-errors.js";

/** A config file is a few kilobytes; anything far larger is a mistake or an attack. */
export const MAX_CONFIG_CHARS = 256 * 1024;
/** YAML aliases can expand exponentially ("billion laughs"); real configs need few. */
const MAX_ALIAS_COUNT = 100;

/**
 * Parses `.github/impactgate.yml` text, validates it and merges it over the defaults. Syntax
 * errors and schema errors alike come back as ConfigErrors with their 1-based line.
 */
export function loadConfigText(text: string): ConfigResult {
  if (text.length > MAX_CONFIG_CHARS) {
    return fail({ path: "", expected: `at most ${MAX_CONFIG_CHARS} characters`, message: `the file is larger than ${MAX_CONFIG_CHARS / 1024} KiB` });
  }
  const counter = new LineCounter();
  let raw: unknown;
  try {
    const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
    if (doc.errors.length > 0) return { ok: false, errors: doc.errors.map((e) => syntaxError(e.message, e.linePos?.[0]?.line)) };
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return validateWithLines(raw, lineLocator(doc, counter));
  } catch (err) {
    return fail(syntaxError(err instanceof Error ? err.message : String(err), undefined));
  }
}

function syntaxError(message: string, line: number | undefined): ConfigError {
  const first = message.split("\n", 1)[0].replace(/ at line \d+, column \d+:?$/, "");
  const error: ConfigError = { path: "", expected: "valid YAML", message: `YAML syntax error${line ? ` on line ${line}` : ""}: ${first}` };
  return line === undefined ? error : { ...error, line };
}

function fail(error: ConfigError): ConfigResult {
  return { ok: false, errors: [error] };
}
