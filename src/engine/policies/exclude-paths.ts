import { matchesAny } from "../glob.js";
import type { Config } from "../../config/types.js";
import type { Finding } from "../types.js";

/** Drops findings on paths the repository excluded with `paths.exclude`. */
export function excludePaths(findings: Finding[], config: Config): Finding[] {
  if (config.paths.exclude.length === 0) return findings;
  return findings.filter((f) => !matchesAny(f.path, config.paths.exclude));
}
