import { matchesAny } from "../../engine/glob.js";
import type { Config } from "../../config/types.js";

const HEADER = /\.(h|hh|hpp|hxx|inl)$/i;

/** C/C++ headers by extension, plus whatever `c.headers` globs add. */
export function isHeaderPath(path: string, config: Config): boolean {
  return HEADER.test(path) || matchesAny(path, config.c.headers);
}
