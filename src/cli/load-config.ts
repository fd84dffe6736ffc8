import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadConfigText } from "../config/load.js";
import { defaultConfig } from "../config/defaults.js";
import { UserError } from "../engine/user-error.js";
import type { Config } from "../config/types.js";

/** A configuration problem: printed with its key paths, exit code 2. */
export class ConfigFileError extends UserError {}

/** `--config FILE`, else `.github/impactgate.yml` in the repository, else the defaults. */
export function loadCliConfig(explicit: string | undefined, repo: string): Config {
  const path = explicit ?? join(repo, ".github", "impactgate.yml");
  if (!existsSync(path)) {
    if (explicit) throw new ConfigFileError(`config file not found: ${explicit}`);
    return defaultConfig();
  }
  const result = loadConfigText(readFileSync(path, "utf8"));
  if (result.ok) return result.config;
  const lines = result.errors.map((e) => `  ${path}${e.line ? `:${e.line}` : ""}: ${e.message}`);
  throw new ConfigFileError(`invalid configuration (see docs/config.md):\n${lines.join("\n")}`);
}
