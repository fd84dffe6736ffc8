import { createRequire } from "node:module";
import { configSchema } from "./schema.js";
import { SCHEMA_FORMATS } from "../engine/glob.js";
import type { Ajv, Options, ValidateFunction } from "ajv";
import type * as AjvModule from "ajv";

/**
 * ajv for the config schema: every error at once, each with the schema that failed (the messages
 * say what was expected), strict about the schema itself, with the schema's formats. `extra`:
 * scripts/build-action.js asks for standalone code (`code.source`).
 */
export function configAjv(extra: Options = {}): Ajv {
  // Required here, not imported: loading ajv costs a command that reads no config file (`diff`
  // with the defaults) about as much as the analysis of a small header pair.
  const { Ajv } = createRequire(import.meta.url)("ajv") as typeof AjvModule;
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
