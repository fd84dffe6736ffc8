import { Ajv } from "ajv";
import { configSchema } from "./schema.js";
import { SCHEMA_FORMATS } from "../engine/glob.js";
import type { Options, ValidateFunction } from "ajv";

/**
 * ajv for the config schema: every error at once, each with the schema that failed (the messages
 * say what was expected), strict about the schema itself, with the schema's formats. `extra`:
 * scripts/build-action.js asks for standalone code (`code.source`).
 */
export function configAjv(extra: Options = {}): Ajv {
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, ...extra });
  for (const [name, format] of Object.entries(SCHEMA_FORMATS)) ajv.addFormat(name, format);
  return ajv;
}

/**
 * The config schema compiled. That is the largest single cost of the Action's start (ajv's code
 * generation, more CPU than reviewing the bundled example), so the Action's bundle replaces this
 * module with the same validator generated once at build time (ajv standalone code,
 * scripts/build-action.js); the app compiles once per process and the CLI once per run.
 */
export function compileConfigValidator(): ValidateFunction {
  return configAjv().compile(configSchema);
}
