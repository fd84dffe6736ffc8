/**
 * The upstream a fork's pull request is judged against: which upstream (config `fork.upstream`, else
 * the repository's `parent`), how far the fork's branch has diverged (one compare call), and the
 * upstream version of each changed upstream-owned file.
 */
import { isUpstreamOwned, upstreamPathOf } from "../../detectors/fork/index.js";
import type { Config } from "../../config/types.js";
import type { Octokit } from "../octokit.js";
import type { FilePair, UpstreamContext } from "../../engine/types.js";

export interface UpstreamRepo {
  owner: string;
  repo: string;
  branch: string;
}

interface ResolveOptions {
  octokit: Octokit;
  owner: string;
  repo: string;
  config: Config;
  /** `repository.fork` from the webhook payload: when false and no config names an upstream, no call is made. */
  isFork?: boolean;
}

/**
 * The upstream: config `fork.upstream` (+ `fork.branch`), else the repository's `parent` when it
 * is a fork. A default branch is asked for only when config does not name one.
 */
export async function resolveUpstream({
  octokit,
  owner,
  repo,
  config,
  isFork,
}: ResolveOptions): Promise<UpstreamRepo | undefined> {
  const configured = config.fork.upstream;
  if (configured) {
    const [upOwner, upRepo] = configured.split("/");
    if (!upOwner || !upRepo) return undefined;
    const branch =
      config.fork.branch ?? (await octokit.rest.repos.get({ owner: upOwner, repo: upRepo })).data.default_branch;
    return { owner: upOwner, repo: upRepo, branch };
  }
  if (isFork === false) return undefined;
  const { data } = await octokit.rest.repos.get({ owner, repo });
  if (!data.fork || !data.parent) return undefined;
  return {
    owner: data.parent.owner.login,
    repo: data.parent.name,
    branch: config.fork.branch ?? data.parent.default_branch,
  };
}

interface DivergenceOptions {
  octokit: Octokit;
  upstream: UpstreamRepo;
  /** The fork's owner and the branch the PR merges into. */
  forkOwner: string;
  forkBranch: string;
}

/**
 * Commits the fork's branch is ahead of / behind the upstream branch, from ONE compare call
 * across the fork network (`upstreamOwner:branch...forkOwner:branch`, one commit per page since
 * only the counts are read). Undefined when GitHub cannot compare them (no common history).
 */
export async function compareDivergence({
  octokit,
  upstream,
  forkOwner,
  forkBranch,
}: DivergenceOptions): Promise<{ ahead: number; behind: number } | undefined> {
  try {
    const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
      owner: upstream.owner,
      repo: upstream.repo,
      basehead: `${upstream.owner}:${upstream.branch}...${forkOwner}:${forkBranch}`,
      per_page: 1,
    });
    return { ahead: data.ahead_by, behind: data.behind_by };
  } catch (err) {
    if ([404, 422].includes((err as { status?: number }).status ?? 0)) return undefined;
    throw err;
  }
}

/**
 * One upstream file at the upstream branch: its text, null when upstream has no such file, or
 * undefined when it cannot be compared (directory, binary, over the size limit).
 */
export async function readUpstreamFile(
  octokit: Octokit,
  upstream: UpstreamRepo,
  path: string,
  maxBytes: number,
): Promise<string | null | undefined> {
  try {
    const { data } = await octokit.rest.repos.getContent({
      owner: upstream.owner,
      repo: upstream.repo,
      path,
      ref: upstream.branch,
      mediaType: { format: "raw" },
    });
    const text =
      typeof data === "string" ? data : data instanceof ArrayBuffer ? Buffer.from(data).toString("utf8") : undefined;
    if (text === undefined || Buffer.byteLength(text) > maxBytes || text.includes("\u0000")) return undefined;
    return text;
  } catch (err) {
    if ((err as { status?: number }).status === 404) return null;
    throw err;
  }
}

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
