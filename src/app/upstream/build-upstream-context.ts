import { isUpstreamOwned, upstreamPathOf } from "../../detectors/fork/index.js";
import { compareDivergence } from "./compare-divergence.js";
import { readUpstreamFile } from "./read-upstream-file.js";
import { resolveUpstream } from "./resolve-upstream.js";
import type { Config } from "../../config/types.js";
import type { FilePair, UpstreamContext } from "../../engine/types.js";
import type { Octokit } from "../octokit.js";

/** Upstream files read per review; the rest are reported as "contents not available". */
export const MAX_UPSTREAM_FILES = 100;
const CONCURRENCY = 8;

interface Options {
  octokit: Octokit;
  owner: string;
  repo: string;
  /** The branch the PR merges into: its divergence from upstream is what the summary reports. */
  baseRef: string;
  /** The changed files (paths and statuses are enough; contents are not read). */
  files: Pick<FilePair, "path" | "previousPath" | "status">[];
  config: Config;
  isFork?: boolean;
}

/**
 * The upstream context for the fork detector: which upstream (config or `parent`), ahead/behind
 * from one compare call, and the upstream version of each changed upstream-owned file, read
 * once per file. Undefined when the repository has no upstream.
 */
export async function buildUpstreamContext({
  octokit,
  owner,
  repo,
  baseRef,
  files,
  config,
  isFork,
}: Options): Promise<UpstreamContext | undefined> {
  // 1. which upstream, if any
  const upstream = await resolveUpstream({ octokit, owner, repo, config, isFork });
  if (!upstream) return undefined;

  // 2. one compare call for the divergence numbers
  const divergence = await compareDivergence({ octokit, upstream, forkOwner: owner, forkBranch: baseRef });

  // 3. each upstream-owned changed file once (a rename is read at its old path)
  const paths = [...new Set(files.map(upstreamPathOf).filter((p) => isUpstreamOwned(p, config)))].slice(
    0,
    MAX_UPSTREAM_FILES,
  );
  const contents: Record<string, string | null> = {};
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const path = paths[next++]!;
      const text = await readUpstreamFile(octokit, upstream, path, config.limits["bytes-per-file"]);
      if (text !== undefined) contents[path] = text;
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, paths.length) }, worker));
  return { repo: `${upstream.owner}/${upstream.repo}`, branch: upstream.branch, ...divergence, files: contents };
}
