import { execFileSync } from "node:child_process";
import { UserError } from "../engine/user-error.js";

/** Thrown for git failures the user can act on (bad ref, not a repository). */
export class GitError extends UserError {}

/** Runs git in `cwd` and returns stdout; a non-zero exit becomes a GitError with git's message. */
export function git(cwd: string, args: string[]): string {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "pipe"] });
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new GitError(`git ${args.join(" ")}: ${(e.stderr || e.message).trim()}`);
  }
}

/** `git show <ref>:<path>` as bytes, or null when the path does not exist at that ref. */
export function showFile(cwd: string, ref: string, path: string): Buffer | null {
  try {
    return execFileSync("git", ["show", `${ref}:${path}`], {
      cwd,
      maxBuffer: 1 << 30,
      stdio: ["ignore", "pipe", "ignore"],
    });
  } catch {
    return null;
  }
}

export function tryGit(cwd: string, args: string[]): string | undefined {
  try {
    return git(cwd, args).trim();
  } catch {
    return undefined;
  }
}

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
