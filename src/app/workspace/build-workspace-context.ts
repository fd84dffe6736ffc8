import { declaresWorkspace, workspaceFilesWanted } from "../../detectors/packages/index.js";
import { manifestFilesWanted } from "../../detectors/manifest/index.js";
import { umbrellaHeadersWanted } from "../../detectors/c/umbrella-headers.js";
import { installFilesWanted } from "../../detectors/c/install-lists.js";
import { tsFilesWanted } from "../../detectors/ts/wanted-files.js";
import { WORKSPACE_ROOT_FILES } from "../../detectors/packages/wanted-files.js";
import { restContentFetcher } from "../github-source/contents.js";
import type { Config } from "../../config/types.js";
import type { WorkspaceContext } from "../../engine/types.js";
import type { Octokit } from "../octokit.js";
import type { ContentFetcher } from "../github-source/contents.js";

interface Options {
  octokit: Octokit;
  owner: string;
  repo: string;
  /** The pull request's base commit: packages are discovered on the tree the PR merges into. */
  baseSha: string;
  config: Config;
  /** Defaults to one REST read per file. */
  fetcher?: ContentFetcher;
  /** Paths the PR changes: the manifests above them (package.json, CMake, meson) are read too. */
  changed?: string[];
  /** The base manifests the review query's probe found (workspace-probe.ts): not read again. */
  probed?: Record<string, string>;
  /** False when the probe is the whole story (no workspace, no TypeScript): no tree read. */
  needsTree?: boolean;
}

/**
 * The workspace the packages detector needs: every path of the base tree from ONE recursive
 * tree read, then the root workspace files, then — only if they declare packages — the member
 * manifests. A truncated tree (over GitHub's 100,000 entries) is used as far as it goes.
 */
export async function buildWorkspaceContext({
  octokit,
  owner,
  repo,
  baseSha,
  config,
  fetcher,
  changed = [],
  probed,
  needsTree = true,
}: Options): Promise<WorkspaceContext & { truncated: boolean }> {
  // 0. no workspace, no TypeScript, only the manifests above the change: those are all it takes
  if (probed && !needsTree) return { paths: Object.keys(probed).sort(), files: { ...probed }, truncated: false };
  // 1. one recursive read of the base tree
  const { data } = await octokit.rest.git.getTree({ owner, repo, tree_sha: baseSha, recursive: "1" });
  const paths = data.tree
    .filter((e) => e.type === "blob" && typeof e.path === "string")
    .map((e) => e.path!)
    .sort();
  const read = fetcher ?? restContentFetcher(octokit, { owner, repo });
  const fetchAll = async (wanted: string[]) => {
    const results = await read.fetch(
      wanted.map((path) => ({ path, ref: baseSha })),
      { maxBytes: config.limits["bytes-per-file"] },
    );
    const out: Record<string, string> = {};
    wanted.forEach((path, i) => {
      const text = results[i]?.text;
      if (typeof text === "string") out[path] = text;
    });
    return out;
  };

  // 2. root files first: a single-package repository needs nothing more
  const wanted = workspaceFilesWanted(paths);
  const roots = wanted.filter((p) => WORKSPACE_ROOT_FILES.includes(p));
  // every probed manifest counts, as without a tree read: the verdict must not depend on which way was taken
  const files = { ...probed, ...(await fetchAll(roots.filter((p) => !(probed && p in probed)))) };

  // 3. the member manifests, for the dependency edges — only in a declared workspace
  const members = declaresWorkspace(files, config) ? wanted.filter((p) => !roots.includes(p)) : [];
  // 4. the manifests owning the changed files (version bumps, SONAME), unless the PR changes them
  const owners = manifestFilesWanted(paths, changed).filter(
    (p) => !changed.includes(p) && !members.includes(p) && !(p in files),
  );
  // and the build files whose install lists say which changed headers are interface (changed ones too:
  // their base text stands in when the change set did not fetch them, as for `Makefile.in`)
  const installs = installFilesWanted(paths, changed).filter(
    (p) => !members.includes(p) && !owners.includes(p) && !(p in files),
  );
  Object.assign(files, await fetchAll([...members, ...owners, ...installs]));
  // and the umbrella headers of the changed headers (`git2.h`): where a declaration moved to a sibling is still seen
  Object.assign(files, await fetchAll(umbrellaHeadersWanted(paths, changed).filter((p) => !(p in files))));
  // 5. the TypeScript files of the packages the PR touches: their entry points and what those import
  Object.assign(files, await fetchAll(tsFilesWanted(paths, changed).filter((p) => !(p in files))));
  return { paths, files, truncated: Boolean(data.truncated) };
}
