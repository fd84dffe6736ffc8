import { posix } from "node:path";
import { WORKSPACE_ROOT_FILES } from "../../detectors/packages/wanted-files.js";
import { declaresWorkspace } from "../../detectors/packages/index.js";
import { visibilitySettled } from "../../detectors/c/public-headers.js";
import { umbrellaGuesses } from "../../detectors/c/umbrella-headers.js";
import { includeNames } from "../../detectors/c/include-closure.js";
import type { Config } from "../../config/types.js";
import type { DetectorInfo, FilePair } from "../../engine/types.js";

/** Files that can sit above a changed file and matter to the manifest rules (version, SOVERSION). */
const OWNER_FILES = ["package.json", "CMakeLists.txt", "meson.build"];
/** Past this many candidate paths the recursive tree read is cheaper than guessing. */
export const MAX_PROBES = 60;

/**
 * The base-tree paths whose presence decides whether a review needs the whole tree: the
 * workspace root files and, above each changed file, the manifests the manifest rules read — and
 * the umbrella headers of changed headers, which the C detector reads whichever way is taken.
 * Undefined when there are too many to ask for (the tree is read then).
 */
export function workspaceProbes(changed: readonly string[]): string[] | undefined {
  const out = new Set<string>([...WORKSPACE_ROOT_FILES, "go.mod"]);
  for (const path of changed) {
    for (let dir = posix.dirname(path); ; dir = posix.dirname(dir)) {
      for (const name of OWNER_FILES) out.add(dir === "." ? name : `${dir}/${name}`);
      if (dir === "." || dir === "/") break;
    }
    // a changed header's umbrella (`include/git2.h`): where a declaration moved to a sibling is still seen
    for (const umbrella of umbrellaGuesses(path)) out.add(umbrella);
    if (out.size > MAX_PROBES) return undefined;
  }
  return [...out].sort();
}

/**
 * Whether the probed files are the whole story. The tree is still needed when a workspace is
 * declared (members are found by globbing every path), when a changed file is one the TypeScript
 * detector reads (entry points resolve imports across the tree), when a package.json changes
 * (its declarations are looked up below it), or when a changed header is not named by the install
 * lists of the probed build files (the build file that installs it can be anywhere in the tree).
 */
export function probesSuffice(
  found: Record<string, string>,
  changed: readonly string[],
  config: Config,
  detectors: readonly DetectorInfo[],
): boolean {
  const roots = Object.fromEntries(Object.entries(found).filter(([p]) => WORKSPACE_ROOT_FILES.includes(p)));
  if (detectors.some((d) => d.id === "packages") && declaresWorkspace(roots, config)) return false;
  const ts = detectors.find((d) => d.id === "ts");
  if (changed.some((p) => posix.basename(p) === "package.json" || ts?.appliesTo?.(p, config))) return false;
  // a header no probed install list names may be installed by a build file elsewhere (`lib/Makefile`)
  const c = detectors.filter((d) => d.id === "c" || d.id === "cpp");
  const headers = changed.filter((p) => c.some((d) => d.appliesTo?.(p, config)));
  return visibilitySettled(headers, found, config);
}

/**
 * Whether a changed C/C++ header includes another header: the include closure (ChangeSet.includes)
 * is then resolved against every path of the tree, as the CLI does — `<linux/types.h>` from
 * `include/uapi/linux/x.h` is `include/uapi/linux/types.h`, found only by the path's suffix — so
 * the tree is read even when the probed files settle everything else.
 */
export function changedHeadersInclude(
  files: readonly FilePair[],
  config: Config,
  detectors: readonly DetectorInfo[],
): boolean {
  const c = detectors.filter((d) => d.id === "c" || d.id === "cpp");
  return files.some(
    (f) =>
      !f.skipped &&
      c.some((d) => d.appliesTo?.(f.path, config)) &&
      [f.before, f.after].some((text) => text !== null && includeNames(text).length > 0),
  );
}
