import { git, showFile } from "./git.js";
import { declaresWorkspace, workspaceFilesWanted } from "../detectors/packages/index.js";
import { manifestFilesWanted } from "../detectors/manifest/index.js";
import { umbrellaHeadersWanted } from "../detectors/c/umbrella-headers.js";
import { installFilesWanted } from "../detectors/c/install-lists.js";
import { tsFilesWanted } from "../detectors/ts/wanted-files.js";
import { WORKSPACE_ROOT_FILES } from "../detectors/packages/wanted-files.js";
import { defaultConfig } from "../config/defaults.js";
import type { Config } from "../config/types.js";
import type { WorkspaceContext } from "../engine/types.js";

/**
 * The workspace on the base commit, as the app builds it from the API: every path from
 * `git ls-tree -r --name-only <base>`, the root workspace files, and — only when they declare
 * packages — the member manifests, the manifests above the changed paths and the TypeScript files
 * of the packages they are in, each with `git show <base>:<path>`.
 */
export function localWorkspace(
  repoDir: string,
  baseRef: string,
  config: Config = defaultConfig(),
  changed: string[] = [],
): WorkspaceContext {
  const paths = git(repoDir, ["ls-tree", "-r", "--name-only", "-z", baseRef]).split("\0").filter(Boolean).sort();
  const wanted = workspaceFilesWanted(paths);
  const read = (list: string[]) => {
    const out: Record<string, string> = {};
    for (const path of list) {
      const bytes = showFile(repoDir, baseRef, path);
      if (bytes && bytes.length <= config.limits["bytes-per-file"]) out[path] = bytes.toString("utf8");
    }
    return out;
  };
  const roots = wanted.filter((p) => WORKSPACE_ROOT_FILES.includes(p));
  const files = read(roots);
  if (declaresWorkspace(files, config)) Object.assign(files, read(wanted.filter((p) => !roots.includes(p))));
  // the manifests owning the changed files (version bumps, SONAME), unless the range changes them
  Object.assign(files, read(manifestFilesWanted(paths, changed).filter((p) => !changed.includes(p) && !(p in files))));
  // the build files whose install lists say which changed headers are interface
  // (changed ones too: their base text stands in when the change set did not fetch them)
  Object.assign(files, read(installFilesWanted(paths, changed).filter((p) => !(p in files))));
  // the umbrella headers of the changed headers (`git2.h`): where a declaration moved to a sibling is still seen
  Object.assign(files, read(umbrellaHeadersWanted(paths, changed).filter((p) => !(p in files))));
  // the TypeScript files of the packages the range touches: their entry points and what those import
  Object.assign(files, read(tsFilesWanted(paths, changed).filter((p) => !(p in files))));
  return { paths, files };
}
