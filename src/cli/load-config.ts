import { lstatSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultConfig } from "../config/defaults.js";
import { UserError } from "../engine/user-error.js";
import { showFile, tryGit } from "./git.js";
import type { Config } from "../config/types.js";

/** A configuration problem: printed with its key paths, exit code 2. */
export class ConfigFileError extends UserError {}

const CONFIG_PATH = ".github/impactgate.yml";
/** git's mode for a symbolic link. */
const SYMLINK_MODE = "120000";

/**
 * The config a repository had at `ref` (a commit the pull request cannot change: `check` passes
 * the base), or the defaults when it had none. Read from git, never from the working tree, so in
 * CI a pull request cannot switch its own gate off by editing the file. A symbolic link, a
 * directory, `_extends` (which only the app can follow) or an invalid file are errors, never a
 * fall-back to the defaults. Exported for other front ends (the GitHub Action) that check a range.
 */
export async function loadConfigAtCommit(repo: string, ref: string): Promise<Config> {
  const where = `${ref.slice(0, 12)}:${CONFIG_PATH}`;
  const entry = tryGit(repo, ["ls-tree", ref, "--", CONFIG_PATH]);
  if (!entry) return defaultConfig();
  const mode = entry.split(" ", 1)[0];
  if (mode === SYMLINK_MODE)
    throw new ConfigFileError(`${where} is a symbolic link; the config must be a regular file (see docs/config.md)`);
  const text = entry.includes(" blob ") ? showFile(repo, ref, CONFIG_PATH) : null;
  if (text === null) throw new ConfigFileError(`${where} is not a file (see docs/config.md)`);
  return parsed(text.toString("utf8"), where);
}

/**
 * `--config FILE`, else (for `diff`, which has no git range) `.github/impactgate.yml` under `dir`,
 * else the defaults. The file must be a regular file: a symbolic link is refused rather than
 * followed or, when dangling, mistaken for "no config".
 */
export async function loadCliConfig(explicit: string | undefined, dir: string): Promise<Config> {
  const path = explicit ?? join(dir, CONFIG_PATH);
  const stat = lstatOrUndefined(path);
  if (!stat) {
    if (explicit) throw new ConfigFileError(`config file not found: ${explicit}`);
    return defaultConfig();
  }
  if (stat.isSymbolicLink())
    throw new ConfigFileError(`${path} is a symbolic link; the config must be a regular file (see docs/config.md)`);
  if (!stat.isFile()) throw new ConfigFileError(`${path} is not a file (see docs/config.md)`);
  return parsed(readFileSync(path, "utf8"), path);
}

/** The YAML parser and the validator load only here: a run without a config file needs neither. */
async function parsed(text: string, where: string): Promise<Config> {
  const { loadConfigText } = await import("../config/load.js");
  const result = loadConfigText(text, { canExtend: false });
  if (result.ok) return result.config;
  const lines = result.errors.map((e) => `  ${where}${e.line ? `:${e.line}` : ""}: ${e.message}`);
  throw new ConfigFileError(`invalid configuration (see docs/config.md):\n${lines.join("\n")}`);
}

/** lstat, not stat: a dangling link exists (as a link) even though `existsSync` says it does not. */
function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
