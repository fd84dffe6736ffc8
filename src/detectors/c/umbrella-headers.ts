import { posix } from "node:path";
import { isTestPath } from "./include-closure.js";
import type { ChangeSet } from "../../engine/types.js";

/*
 * Umbrella headers: the one header a library's users include, which includes the others
 * (`include/git2.h` → `git2/version.h`, `git2/deprecated.h`, …). A declaration moved from one
 * header to a sibling the umbrella includes is still seen by its users (removals.ts). Read beside
 * the changed headers by the app's first probe, the app's and the CLI's workspace; no parser here,
 * so the CLI loads nothing more for it.
 */

/**
 * The umbrella headers of `path` by convention, where the tree has them: the header named like
 * its directory, beside it (`include/git2.h` for `include/git2/version.h`, `include/uv.h` for
 * `include/uv/unix.h`) or inside it (`include/curl/curl.h` for `include/curl/system.h`).
 */
export function umbrellaCandidates(path: string, paths: ReadonlySet<string>): string[] {
  return umbrellaGuesses(path).filter((p) => paths.has(p));
}

/** Where {@link umbrellaCandidates} looks, before knowing the tree (the app's first probe asks for these). */
export function umbrellaGuesses(path: string): string[] {
  const dir = posix.dirname(path);
  if (dir === "." || !/\.h(h|pp|xx)?$/.test(path)) return [];
  const name = posix.basename(dir);
  if (LAYOUT_DIRS.has(name)) return [];
  const parent = posix.dirname(dir);
  return [parent === "." ? `${name}.h` : `${parent}/${name}.h`, `${dir}/${name}.h`].filter(
    (p) => p !== path && !isTestPath(p),
  );
}

/** Directories named for the tree's layout, not for a library: no header is named after them. */
const LAYOUT_DIRS = new Set(["include", "inc", "src", "source", "lib", "headers", "public", "api"]);

/** At most this many umbrella headers are read for one review (one or two per directory of changed headers). */
const MAX_UMBRELLAS = 16;

/** The umbrella headers of the changed headers a review reads beside them (unchanged ones; see umbrellaCandidates). */
export function umbrellaHeadersWanted(paths: readonly string[], changed: readonly string[]): string[] {
  const tree = new Set(paths);
  const changedSet = new Set(changed);
  const out = new Set<string>();
  for (const c of changed) for (const u of umbrellaCandidates(c, tree)) if (!changedSet.has(u)) out.add(u);
  return [...out].sort().slice(0, MAX_UMBRELLAS);
}

/** The base texts of the unchanged umbrella headers the workspace read (the same at the head: they did not change). */
export function umbrellaTexts(cs: ChangeSet, changed: readonly string[]): [string, string][] {
  const ws = cs.workspace;
  if (!ws) return [];
  return umbrellaHeadersWanted(ws.paths, changed).flatMap((p) => {
    const text = ws.files[p];
    return typeof text === "string" ? [[p, text] as [string, string]] : [];
  });
}
