import { git, showFiles, TOO_LARGE } from "./git.js";
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
 * of the packages they are in, read at `<base>` (one `git cat-file --batch` per kind).
 */
export function localWorkspace(
  repoDir: string,
  baseRef: string,
  config: Config = defaultConfig(),
  changed: string[] = [],
): WorkspaceContext {
  const paths = git(repoDir, ["ls-tree", "-r", "--name-only", "-z", baseRef]).split("\0").filter(Boolean).sort();
  const wanted = workspaceFilesWanted(paths);
  const roots = wanted.filter((p) => WORKSPACE_ROOT_FILES.includes(p));
  // the manifests owning the changed files (version bumps, SONAME), unless the range changes them
  const manifests = manifestFilesWanted(paths, changed).filter((p) => !changed.includes(p));
  // the build files whose install lists say which changed headers are interface
  // (changed ones too: their base text stands in when the change set did not fetch them)
  const installs = installFilesWanted(paths, changed);
  // the umbrella headers of the changed headers (`git2.h`): where a declaration moved to a sibling is still seen
  const umbrellas = umbrellaHeadersWanted(paths, changed);
  // the TypeScript files of the packages the range touches: their entry points and what those import
  const tsFiles = tsFilesWanted(paths, changed);
  // Read in one batch, but added in this order (a file wanted twice is added the first time).
  const texts = new Map<string, string | undefined>();
  const read = (list: string[]) => {
    const unread = [...new Set(list)].filter((p) => !texts.has(p));
    const blobs = showFiles(
      repoDir,
      unread.map((path) => ({ ref: baseRef, path })),
      config.limits["bytes-per-file"],
    );
    unread.forEach((path, i) => {
      const bytes = blobs[i];
      texts.set(path, bytes && bytes !== TOO_LARGE ? bytes.toString("utf8") : undefined);
    });
  };
  const add = (files: Record<string, string>, list: string[]) => {
    for (const p of list) if (!(p in files) && texts.get(p) !== undefined) files[p] = texts.get(p)!;
  };
  read([...roots, ...manifests, ...installs, ...umbrellas, ...tsFiles]);
  const files: Record<string, string> = {};
  add(files, roots);
  if (declaresWorkspace(files, config)) {
    const members = wanted.filter((p) => !roots.includes(p));
    read(members);
    add(files, members);
  }
  for (const list of [manifests, installs, umbrellas, tsFiles]) add(files, list);
  return { paths, files };
}
