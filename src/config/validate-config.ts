import { Ajv } from "ajv";
import { configSchema } from "./schema.js";
import { schemaErrors } from "./schema-errors.js";
import { mergeDefaults, isMapping } from "./merge-defaults.js";
import { stripNulls } from "./strip-nulls.js";
import { lineLocatorForText } from "./yaml-lines.js";
import { formatKeyPath } from "./key-path.js";
import { ruleIdErrors } from "./check-rule-ids.js";
import { globProblem } from "../engine/glob.js";
import type { ValidateFunction } from "ajv";
import type { ConfigError, ConfigResult } from "./types.js";
import type { LineLocator } from "./yaml-lines.js";

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true });
    ajv.addFormat("glob", { type: "string", validate: (glob: string) => globProblem(glob) === undefined });
    compiled = ajv.compile(configSchema);
  }
  return compiled;
}

/**
 * Validates a parsed config (what `context.config()` returns, `_extends` already applied) and
 * merges it over the defaults. `sourceText`, when given, lets errors carry their line.
 */
export function validateConfig(raw: unknown, sourceText?: string): ConfigResult {
  return validateWithLines(raw, sourceText === undefined ? () => undefined : lineLocatorForText(sourceText));
}

/** Shared by validateConfig and loadConfigText, which already holds the parsed document. */
export function validateWithLines(raw: unknown, locate: LineLocator): ConfigResult {
  if (raw === null || raw === undefined) return { ok: true, config: mergeDefaults({}) };
  if (!isMapping(raw)) {
    const error: ConfigError = {
      path: "",
      line: 1,
      expected: "a mapping of keys (key: value)",
      message: "the file must be a mapping of keys (key: value), like `limits:`",
    };
    return { ok: false, errors: [error] };
  }
  const data = stripNulls(raw, configSchema) as Record<string, unknown>;
  const validate = validator();
  const errors = validate(data) ? [] : schemaErrors(validate.errors ?? [], data, locate);
  errors.push(...watchErrors(data, locate), ...ruleIdErrors(data, locate));
  // In file order, so the summary reads top to bottom.
  errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || a.path.localeCompare(b.path));
  if (errors.length > 0) return { ok: false, errors };
  const { _extends: _ignored, ...rest } = data; // Probot has already applied it
  return { ok: true, config: mergeDefaults(rest) };
}

/** A watch list with neither paths nor symbols can never fire; say so instead of passing silently. */
function watchErrors(data: Record<string, unknown>, locate: LineLocator): ConfigError[] {
  const watch = data.watch;
  if (!Array.isArray(watch)) return [];
  const out: ConfigError[] = [];
  watch.forEach((entry, index) => {
    if (!isMapping(entry) || Array.isArray(entry.paths) || Array.isArray(entry.symbols)) return;
    const segments = ["watch", String(index)];
    const path = formatKeyPath(segments, data);
    const line = locate(segments);
    const error: ConfigError = {
      path,
      expected: "`paths` or `symbols`",
      message: `\`${path}\` needs \`paths\` or \`symbols\` to watch`,
    };
    out.push(line === undefined ? error : { ...error, line });
  });
  return out;
}
