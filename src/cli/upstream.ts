import { showFiles, tryGit, TOO_LARGE } from "./git.js";
import { isUpstreamOwned, upstreamPathOf } from "../detectors/fork/index.js";
import type { Config } from "../config/types.js";
import type { FilePair, UpstreamContext } from "../engine/types.js";

interface Options {
  repoDir: string;
  config: Config;
  /** The changed files (paths and statuses). */
  files: Pick<FilePair, "path" | "previousPath" | "status">[];
  /** The fork's side of the divergence count: the base the change merges into. */
  forkRef: string;
}

/**
 * The upstream for `impactgate check`, read from a git remote (config `fork.remote`, default
 * `upstream`) instead of the API: the branch is `fork.branch`, else the remote's HEAD, else its
 * `main` or `master`. Nothing is fetched over the network — run `git fetch <remote>` first.
 * Undefined when the remote or its branch is not there.
 */
export function localUpstream({ repoDir, config, files, forkRef }: Options): UpstreamContext | undefined {
  const remote = config.fork.remote;
  if (tryGit(repoDir, ["remote", "get-url", remote]) === undefined) return undefined;
  const branch = upstreamBranch(repoDir, remote, config.fork.branch);
  if (!branch) return undefined;
  const ref = `refs/remotes/${remote}/${branch}`;

  // `--left-right --count upstream...fork` prints "<behind>\t<ahead>"
  const counts = tryGit(repoDir, ["rev-list", "--left-right", "--count", `${ref}...${forkRef}`])
    ?.split(/\s+/)
    .map(Number);
  const divergence =
    counts && counts.length === 2 && counts.every(Number.isFinite) ? { ahead: counts[1], behind: counts[0] } : {};

  const contents: Record<string, string | null> = {};
  const paths = [...new Set(files.map(upstreamPathOf))].filter((path) => isUpstreamOwned(path, config));
  const blobs = showFiles(
    repoDir,
    paths.map((path) => ({ ref, path })),
    config.limits["bytes-per-file"],
  );
  paths.forEach((path, i) => {
    const bytes = blobs[i]!;
    if (bytes === null) contents[path] = null;
    else if (bytes !== TOO_LARGE && !bytes.includes(0)) contents[path] = bytes.toString("utf8");
  });
  return { repo: remote, branch, ...divergence, files: contents };
}

function upstreamBranch(repoDir: string, remote: string, configured: string | undefined): string | undefined {
  const exists = (b: string) =>
    tryGit(repoDir, ["rev-parse", "--verify", "--quiet", `refs/remotes/${remote}/${b}^{commit}`]) !== undefined;
  if (configured) return exists(configured) ? configured : undefined;
  const head = tryGit(repoDir, ["symbolic-ref", "--quiet", `refs/remotes/${remote}/HEAD`]);
  if (head) return head.replace(`refs/remotes/${remote}/`, "");
  return ["main", "master"].find(exists);
}
