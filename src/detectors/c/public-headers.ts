import { posix } from "node:path";
import { defaultConfig } from "../../config/defaults.js";
import { matchesAny } from "../../engine/glob.js";
import { isInterfacePath } from "../interface/index.js";
import { isTestPath } from "./include-closure.js";
import { INSTALL_FILES, installLists, type InstallLists } from "./install-lists.js";
import type { Config } from "../../config/types.js";
import type { ChangeSet } from "../../engine/types.js";

/** Why a header is or is not part of the interface, for the summary and the docs. */
export type Visibility = { public: true; why: string } | { public: false; why: string };

const cache = new WeakMap<ChangeSet, { lists: InstallLists; includeDirs: boolean }>();
const DEFAULT_INCLUDE = JSON.stringify(defaultConfig().interfaces.include);

/**
 * Whether a changed header is interface. Installed headers are the interface:
 * - `interfaces.include` / `exclude` set in the configuration decide outright (and `c.headers`
 *   adds to them);
 * - with the default `interfaces.include`, tests, mocks and fuzzers never are; where the build
 *   files in view (CMake `install(FILES|DIRECTORY)` and `PUBLIC_HEADER`, meson `install_headers`,
 *   automake `*_HEADERS`, `install` lines of a makefile) install headers, exactly those are;
 *   otherwise, in a repository with an `include/` directory, the headers under it are; otherwise
 *   every header is.
 */
export function headerVisibility(path: string, cs: ChangeSet, config: Config): Visibility {
  if (matchesAny(path, config.c.headers)) return { public: true, why: "listed in c.headers" };
  if (!isInterfacePath(path, config)) return { public: false, why: "outside interfaces.include" };
  if (JSON.stringify(config.interfaces.include) !== DEFAULT_INCLUDE)
    return { public: true, why: "matches interfaces.include" };
  if (isTestPath(path)) return { public: false, why: "a test header" };
  const { lists, includeDirs } = repositoryFacts(cs);
  if (lists.found) {
    const installed = lists.names.has(posix.basename(path)) || matchesAny(path, lists.globs);
    return installed
      ? { public: true, why: "installed by the build files" }
      : { public: false, why: "not installed by the build files" };
  }
  if (includeDirs)
    return /(^|\/)include\//.test(path)
      ? { public: true, why: "under include/" }
      : { public: false, why: "outside the repository's include/ directories" };
  return { public: true, why: "no install list and no include/ directory: every header counts" };
}

/** Install lists from the build files in view (the PR's own versions where it changes them) and the include/ convention. */
function repositoryFacts(cs: ChangeSet): { lists: InstallLists; includeDirs: boolean } {
  const hit = cache.get(cs);
  if (hit) return hit;
  const files: Record<string, string> = {};
  // the build files of the changed headers' directories and the directories above them
  const dirs = new Set<string>();
  for (const f of cs.files)
    for (let d = posix.dirname(f.path); !dirs.has(d); d = posix.dirname(d)) {
      dirs.add(d);
      if (d === "." || d === "/") break;
    }
  const isInstallFile = (p: string) => INSTALL_FILES.includes(posix.basename(p)) && dirs.has(posix.dirname(p));
  for (const [p, text] of Object.entries(cs.workspace?.files ?? {})) if (isInstallFile(p)) files[p] = text;
  for (const f of cs.files) {
    if (!isInstallFile(f.path)) continue;
    if (f.after !== null) files[f.path] = f.after;
    else delete files[f.path];
  }
  const paths = [...(cs.workspace?.paths ?? []), ...cs.files.map((f) => f.path)];
  const includeDirs = paths.some((p) => /(^|\/)include\/.*\.(h|hh|hpp|hxx)$/i.test(p) && !isTestPath(p));
  const facts = { lists: installLists(files), includeDirs };
  cache.set(cs, facts);
  return facts;
}
