import { buildWorkspaceContext } from "./build-workspace-context.js";
import { buildUpstreamContext } from "../upstream/build-upstream-context.js";
import { fillHeadContents } from "../upstream/fill-head-contents.js";
import type { Logger } from "probot";
import type { Config } from "../../config/types.js";
import type { ChangeSet, DetectorInfo } from "../../engine/types.js";
import type { Octokit } from "../octokit.js";
import type { ContentFetcher } from "../github-source/contents.js";

interface Options {
  octokit: Octokit;
  log: Pick<Logger, "warn">;
  changeSet: ChangeSet;
  config: Config;
  detectors: readonly DetectorInfo[];
  /** `repository.fork` from the payload, when known: saves the repository read for non-forks. */
  isFork?: boolean;
  /** Reads base files (manifests) — the review query's prefetch first; defaults to REST. */
  fetcher?: ContentFetcher;
  /** The base manifests the review query's probe found (workspace-probe.ts). */
  probed?: Record<string, string>;
  /** False when the probe is the whole story: no tree read. */
  needsTree?: boolean;
}

/**
 * Adds what the changeset-level detectors need beyond the changed files: the base tree's
 * workspace (packages) and the upstream (fork). Each is read only when its detector is in use.
 * A failure to read them is logged and said in "not reviewed"; the file-level review goes on.
 */
export async function withRepositoryContext({
  octokit,
  log,
  changeSet,
  config,
  detectors,
  isFork,
  fetcher,
  probed,
  needsTree,
}: Options): Promise<ChangeSet> {
  const uses = (id: string) => detectors.some((d) => d.id === id);
  const { owner, name: repo } = changeSet.repo;
  const notReviewed = [...(changeSet.notReviewed ?? [])];
  const attempt = async <T>(what: string, read: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await read();
    } catch (err) {
      log.warn({ err }, `could not read the ${what}; its rules were skipped`);
      notReviewed.push({ path: `(${what})`, reason: `could not be read from GitHub: ${(err as Error).message}` });
      return undefined;
    }
  };
  const changed = changeSet.files.map((f) => f.path);
  const workspace =
    uses("packages") || uses("manifest") || uses("ts") || uses("c") || uses("cpp")
      ? await attempt("workspace", () =>
          buildWorkspaceContext({
            octokit,
            owner,
            repo,
            baseSha: changeSet.base.sha,
            config,
            changed,
            fetcher,
            probed,
            needsTree,
          }),
        )
      : undefined;
  const upstream = uses("fork")
    ? await attempt("upstream", () =>
        buildUpstreamContext({
          octokit,
          owner,
          repo,
          baseRef: changeSet.base.ref,
          files: changeSet.files,
          config,
          isFork,
        }),
      )
    : undefined;
  const files = upstream
    ? ((await attempt("upstream", () =>
        fillHeadContents({ octokit, changeSet, upstream, maxBytes: config.limits["bytes-per-file"], fetcher }),
      )) ?? changeSet.files)
    : changeSet.files;
  return {
    ...changeSet,
    files,
    ...(workspace ? { workspace: { paths: workspace.paths, files: workspace.files } } : {}),
    ...(upstream ? { upstream } : {}),
    notReviewed,
  };
}
