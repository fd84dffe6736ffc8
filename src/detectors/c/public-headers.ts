import { posix } from "node:path";
import { defaultConfig } from "../../config/defaults.js";
import { matchesAny } from "../../engine/glob.js";
import { isInterfacePath } from "../interface/index.js";
import { isTestPath } from "./include-closure.js";
import { isHeaderPath } from "./applies.js";
import { installFilesIn, installLists, isInstallFile, isSideTreePath, type InstallLists } from "./install-lists.js";
import type { Config } from "../../config/types.js";
import type { ChangeSet, FilePair } from "../../engine/types.js";

/** Why a header is or is not part of the interface, for the summary and the docs. */
export type Visibility = { public: true; why: string } | { public: false; why: string };

/** What the repository says about its headers: its install lists and whether it has `include/` directories. */
export interface RepositoryFacts {
  lists: InstallLists;
  includeDirs: boolean;
}

const cache = new WeakMap<ChangeSet, RepositoryFacts>();
const DEFAULT_INCLUDE = JSON.stringify(defaultConfig().interfaces.include);
const INCLUDE_DIR = /(^|\/)include\//;

/**
 * Whether a changed header is interface. Installed headers are the interface:
 * - `interfaces.include` / `exclude` set in the configuration decide outright (and `c.headers`
 *   adds to them);
 * - with the default `interfaces.include`, tests, mocks and fuzzers never are; where the build
 *   files of the repository (CMake `install(FILES|DIRECTORY)` and `PUBLIC_HEADER`, meson
 *   `install_headers`, automake `*_HEADERS`, install recipes of a makefile) install headers,
 *   exactly those are; otherwise, in a repository with an `include/` directory, the headers under
 *   it are; otherwise every header is — except those of programs, contrib projects, examples and
 *   tools ({@link isSideTreePath}), which are never the library's interface unless installed.
 */
export function headerVisibility(path: string, cs: ChangeSet, config: Config): Visibility {
  return settledVisibility(path, config) ?? visibilityIn(path, repositoryFacts(cs));
}

/**
 * The changed headers that are interface: the C detector's environment is built from them, and a
 * source starts reading the include closure (`ChangeSet.includes`) from them. Tests and private
 * headers are no users of the interface and an installed header cannot depend on one that is not
 * installed, so their includes are never read — a private header's closure (libgit2's
 * `src/util/*.h`: 64 files) cost parses and took the places of the public headers' own includes
 * under the 64-file cap. `cs` must carry its workspace (the install lists).
 */
export function interfaceHeaderPairs(cs: ChangeSet, config: Config): FilePair[] {
  return cs.files.filter(
    (f) => !f.skipped && isHeaderPath(f.path, config) && headerVisibility(f.path, cs, config).public,
  );
}

/** {@link interfaceHeaderPairs} as the start of an include closure: each path with both its texts. */
export function interfaceHeaders(cs: ChangeSet, config: Config): { path: string; texts: (string | null)[] }[] {
  return interfaceHeaderPairs(cs, config).map((f) => ({ path: f.path, texts: [f.before, f.after] }));
}

/** What the configuration and the path alone decide, before any build file is read. */
function settledVisibility(path: string, config: Config): Visibility | undefined {
  if (matchesAny(path, config.c.headers)) return { public: true, why: "listed in c.headers" };
  if (!isInterfacePath(path, config)) return { public: false, why: "outside interfaces.include" };
  if (JSON.stringify(config.interfaces.include) !== DEFAULT_INCLUDE)
    return { public: true, why: "matches interfaces.include" };
  if (isTestPath(path)) return { public: false, why: "a test header" };
  return undefined;
}

function visibilityIn(path: string, { lists, includeDirs }: RepositoryFacts): Visibility {
  const side = isSideTreePath(path);
  if (lists.from.length) {
    const by = `the install lists of ${lists.from.join(", ")}`;
    const installed =
      lists.paths.has(path) ||
      matchesAny(path, lists.globs) ||
      // a name whose path was not resolved: never a program's or a contrib project's header of that name
      (!side && lists.names.has(posix.basename(path)));
    return installed ? { public: true, why: `installed by ${by}` } : { public: false, why: `not installed by ${by}` };
  }
  if (side)
    return {
      public: false,
      why: "a header of a program, contrib project, example or tool, installed by no build file",
    };
  if (includeDirs)
    return INCLUDE_DIR.test(path)
      ? { public: true, why: "under include/" }
      : { public: false, why: "outside the repository's include/ directories" };
  return { public: true, why: "no install list and no include/ directory: every header counts" };
}

/**
 * Whether the build files found so far (`found`, path → text: the app's probe of the build files
 * above the changed files) settle the visibility of every changed header `headers` without the
 * rest of the tree: each is decided by the configuration, named by one of these install lists
 * (more build files can only add to a list), or — when they install nothing — under `include/`,
 * the convention. The app reads the whole tree otherwise. The one case where the CLI, which reads
 * every build file, can decide differently: a header under `include/` that a build file elsewhere
 * in the tree leaves out of its install list (none of the libraries measured has one).
 */
export function visibilitySettled(headers: readonly string[], found: Record<string, string>, config: Config): boolean {
  const pending = headers.filter((p) => !settledVisibility(p, config));
  if (!pending.length) return true;
  const files = Object.fromEntries(installFilesIn(Object.keys(found)).map((p) => [p, found[p]!]));
  const lists = installLists(files, new Set([...Object.keys(found), ...headers]));
  return pending.every((p) =>
    lists.from.length > 0
      ? visibilityIn(p, { lists, includeDirs: false }).public
      : INCLUDE_DIR.test(p) && !isSideTreePath(p),
  );
}

/**
 * Install lists from the build files in view and the include/ convention. A header installed on
 * either side counts: a pull request that deletes an installed header and its install line
 * (`bits.h` and its `Makefile.am` entry) removes interface, one that adds both adds interface.
 */
function repositoryFacts(cs: ChangeSet): RepositoryFacts {
  const hit = cache.get(cs);
  if (hit) return hit;
  const paths = [...(cs.workspace?.paths ?? []), ...cs.files.map((f) => f.path)];
  const present = new Set(paths);
  const side = (which: "before" | "after") => {
    const texts: Record<string, string> = {};
    for (const [p, text] of Object.entries(cs.workspace?.files ?? {})) if (isInstallFile(p)) texts[p] = text;
    for (const f of cs.files) {
      if (!isInstallFile(f.path)) continue;
      const text = f[which];
      if (text !== null) texts[f.path] = text;
      // a build file changed but not fetched (no detector reads `Makefile.in`) keeps the base text the workspace read
      else if (f.status === (which === "before" ? "added" : "removed") || f.skipped) delete texts[f.path];
    }
    return installLists(Object.fromEntries(installFilesIn(Object.keys(texts)).map((p) => [p, texts[p]!])), present);
  };
  const [before, after] = [side("before"), side("after")];
  const lists: InstallLists = {
    paths: new Set([...before.paths, ...after.paths]),
    names: new Set([...before.names, ...after.names]),
    globs: [...new Set([...before.globs, ...after.globs])],
    from: [...new Set([...before.from, ...after.from])].sort(),
  };
  const includeDirs = paths.some((p) => /(^|\/)include\/.*\.(h|hh|hpp|hxx)$/i.test(p) && !isSideTreePath(p));
  const facts = { lists, includeDirs };
  cache.set(cs, facts);
  return facts;
}
