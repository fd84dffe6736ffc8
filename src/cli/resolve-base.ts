import { GitError, tryGit } from "./git.js";

/**
 * The default base: the merge-base of head with the default branch (`origin/HEAD`, else `main`,
 * else `master`), so the review covers exactly what the branch adds; with the ref it was found
 * with (`main`), which `--against last-release` names.
 */
export function resolveBaseRef(repo: string, head: string, base?: string): { sha: string; ref: string } {
  const candidates = base ? [base] : ["origin/HEAD", "main", "master", "origin/main", "origin/master"];
  for (const ref of candidates) {
    if (!tryGit(repo, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])) continue;
    const mergeBase = tryGit(repo, ["merge-base", ref, head]);
    if (mergeBase) return { sha: mergeBase, ref };
  }
  throw new GitError(
    base
      ? `cannot find a merge-base between ${base} and ${head}`
      : "no --base given and no origin/HEAD, main or master branch to compare with",
  );
}
