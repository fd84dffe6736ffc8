import { matchesAny } from "../../engine/glob.js";
import type { Config } from "../../config/types.js";

const SOURCE = /\.[cm]?tsx?$/;

/**
 * The files the TypeScript detector reads: TypeScript sources and declarations outside
 * `interfaces.exclude` (which ones it compares is decided when it runs). A path test only, so the
 * engine can decide to load the TypeScript compiler without loading it.
 */
export function isTsSourcePath(path: string, config: Config): boolean {
  return SOURCE.test(path) && !matchesAny(path, config.interfaces.exclude);
}
