import { compileConfigValidator } from "./config-validator.js";
import { configSchema } from "./schema.js";
import { formatKeyPath, lineLocatorForText, schemaErrors } from "./errors.js";
import { isMapping, mergeDefaults, stripNulls } from "./defaults.js";
import { closest } from "../statements/edit-distance.js";
import { RULES, RULE_DETECTORS } from "../detectors/rule-registry.js";
import type { ValidateFunction } from "ajv";
import type { SchemaNode } from "./schema.js";
import type { ConfigError, ConfigResult } from "./types.js";
import type { LineLocator } from "./errors.js";

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  return (compiled ??= compileConfigValidator());
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

/** Keys the schema's own pattern refuses are reported by the schema check, not twice. */
const KEY_PATTERN = new RegExp(
  ((configSchema.properties as Record<string, SchemaNode>).rules!.propertyNames as { pattern: string }).pattern,
);
/** "Did you mean" compares a key with every id; a hostile file with thousands of keys gets hints for the first few. */
const MAX_HINTS = 20;
const IDS = RULES.filter((r) => !r.id.endsWith("/<name>")).map((r) => r.id);
const WILDCARDS = RULE_DETECTORS.map((d) => `${d}/*`);
/** Rules whose id is completed by a name declared in the same config (`watch/<name>`). */
const NAMED = new Map([["watch", (data: Record<string, unknown>) => listNames(data.watch)]]);

/**
 * Keys of `rules:` must be rule ids the registry declares, `<detector>/*` of a detector that has
 * rules, or `watch/<name>` of a watch list in this config. A misspelled id would otherwise be
 * ignored, and the user would believe a rule is off (or on) when it is not.
 */
export function ruleIdErrors(data: Record<string, unknown>, locate: LineLocator): ConfigError[] {
  const rules = data.rules;
  if (!isMapping(rules)) return [];
  const out: ConfigError[] = [];
  for (const key of Object.keys(rules)) {
    if (!KEY_PATTERN.test(key)) continue;
    const problem = check(key, data, out.length < MAX_HINTS);
    if (!problem) continue;
    const segments = ["rules", key];
    const path = formatKeyPath(segments, data);
    const hint = problem.guess ? ` (did you mean \`${problem.guess}\`?)` : "";
    const error: ConfigError = { path, expected: problem.expected, message: `${problem.what}${hint}` };
    const line = locate(segments);
    out.push(line === undefined ? error : { ...error, line });
  }
  return out;
}

interface Problem {
  what: string;
  expected: string;
  guess?: string;
}

function check(key: string, data: Record<string, unknown>, hint: boolean): Problem | undefined {
  const nearest = (candidates: readonly string[]) => (hint ? closest(key, candidates, 3) : undefined);
  const slash = key.indexOf("/");
  const detector = key.slice(0, slash);
  const rest = key.slice(slash + 1);
  if (rest === "*") {
    if (RULE_DETECTORS.includes(detector)) return undefined;
    return {
      what: `unknown detector \`${detector}\` in \`${key}\``,
      expected: `a detector wildcard: ${WILDCARDS.join(", ")}`,
      guess: nearest(WILDCARDS),
    };
  }
  if (IDS.includes(key)) return undefined;
  const names = NAMED.get(detector)?.(data);
  if (names) {
    if (names.includes(rest)) return undefined;
    return {
      what: `\`${key}\` names no watch list of this config`,
      expected: names.length ? `one of ${names.map((n) => `\`${detector}/${n}\``).join(", ")}` : "a watch list's name",
      guess: nearest(names.map((n) => `${detector}/${n}`)),
    };
  }
  return {
    what: `unknown rule \`${key}\``,
    expected: "a rule id from docs/rules.md (`impactgate rules` lists them) or `<detector>/*`",
    guess: nearest([...IDS, ...WILDCARDS]),
  };
}

function listNames(watch: unknown): string[] {
  if (!Array.isArray(watch)) return [];
  return watch.flatMap((w) => (isMapping(w) && typeof w.name === "string" ? [w.name] : []));
}
