import { buildWorkspaceContext } from "./build-workspace-context.js";
import { buildUpstreamContext } from "../upstream/build-upstream-context.js";
import { fillHeadContents } from "../upstream/fill-head-contents.js";
import { restContentFetcher, type ContentFetcher } from "../github-source/contents.js";
import { readIncludeClosure } from "../../detectors/c/include-closure.js";
import { interfaceHeaders } from "../../detectors/c/public-headers.js";
import type { Logger } from "probot";
import type { Config } from "../../config/types.js";
import type { ChangeSet, DetectorInfo } from "../../engine/types.js";
import type { Octokit } from "../octokit.js";

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
 * workspace (packages), the upstream (fork) and the unchanged headers the changed interface
 * headers include (C/C++: the macros and types defined there — `NAPI_CDECL`, a struct used by
 * value — as the CLI reads them). Each is read only when its detector is in use.
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
  const withContext: ChangeSet = {
    ...changeSet,
    files,
    ...(workspace ? { workspace: { paths: workspace.paths, files: workspace.files } } : {}),
    ...(upstream ? { upstream } : {}),
  };
  const includes =
    uses("c") || uses("cpp")
      ? await attempt("included headers", () =>
          includedHeaders(withContext, config, fetcher ?? restContentFetcher(octokit, { owner, repo }), {
            // without the tree (the probe sufficed) the workspace's paths are only the probed files
            paths: workspace && !(probed && needsTree === false) ? workspace.paths : undefined,
          }),
        )
      : undefined;
  return { ...withContext, ...(includes && Object.keys(includes).length ? { includes } : {}), notReviewed };
}

/**
 * The unchanged headers the changed interface headers include, transitively (up to
 * MAX_INCLUDED_FILES), read at the head commit one include level per fetch. With the base tree's
 * `paths` only the paths that exist are read; without them, the conventional places (next to the
 * including file, under `include/`, the name itself) are asked and the missing ones come back empty.
 */
async function includedHeaders(
  cs: ChangeSet,
  config: Config,
  fetcher: ContentFetcher,
  { paths }: { paths: string[] | undefined },
): Promise<Record<string, string>> {
  const start = interfaceHeaders(cs, config);
  if (!start.length) return {};
  return readIncludeClosure({
    start,
    ...(paths ? { paths: new Set(paths) } : {}),
    read: async (wanted) =>
      (
        await fetcher.fetch(
          wanted.map((path) => ({ path, ref: cs.head.sha })),
          { maxBytes: config.limits["bytes-per-file"] },
        )
      ).map((r) => r.text),
  });
}
