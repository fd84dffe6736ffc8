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
  return showOne(cwd, `${ref}:${path}`);
}

/** A blob over the size a caller reads, left unread (`showFiles`' `maxBytes`). */
export const TOO_LARGE = "too-large";

/**
 * The blobs at `<ref>:<path>` for each entry, in order, from one `git cat-file --batch` process:
 * a git process costs 20–200 ms to start on a large repository, and a range's files, its
 * headers' include closure and the workspace's manifests are dozens of reads. Null where the
 * path does not exist at that ref, is not a file (a tree, a submodule), or git cannot read it.
 * With `maxBytes`, the sizes are asked first (`--batch-check`) and a larger blob is never read
 * into memory: {@link TOO_LARGE}. A path with a line break cannot be named on the batch's input
 * lines: it gets `git show`.
 */
export function showFiles(
  cwd: string,
  entries: { ref: string; path: string }[],
  maxBytes?: number,
): (Buffer | typeof TOO_LARGE | null)[] {
  const out: (Buffer | typeof TOO_LARGE | null)[] = entries.map(() => null);
  const names = entries.map(({ ref, path }) => `${ref}:${path}`);
  const alone = names.flatMap((name, i) => (/[\r\n]/.test(name) ? [i] : []));
  let batched = names.flatMap((name, i) => (/[\r\n]/.test(name) ? [] : [i]));
  if (maxBytes !== undefined && batched.length) {
    const checked = catFile(
      cwd,
      "--batch-check",
      batched.map((i) => names[i]!),
    );
    if (checked) {
      batched.forEach((i, k) => {
        const found = checked[k];
        if (found && found.type === "blob" && found.size > maxBytes) out[i] = TOO_LARGE;
      });
      batched = batched.filter((i, k) => checked[k]?.type === "blob" && out[i] !== TOO_LARGE);
    }
  }
  if (batched.length) {
    const read = catFile(
      cwd,
      "--batch",
      batched.map((i) => names[i]!),
    );
    if (read) batched.forEach((i, k) => (out[i] = read[k]?.type === "blob" ? read[k]!.bytes! : null));
    // not a repository, or git died: each file alone, so one bad read costs only itself
    else alone.push(...batched);
  }
  for (const i of alone) {
    const bytes = showOne(cwd, names[i]!);
    out[i] = bytes && maxBytes !== undefined && bytes.length > maxBytes ? TOO_LARGE : bytes;
  }
  return out;
}

interface CatFileAnswer {
  type: string;
  size: number;
  bytes?: Buffer;
}

/**
 * One `git cat-file --batch`/`--batch-check` over `names`, one answer per name (undefined: missing
 * or ambiguous); undefined when git fails. Answers are `<oid> <type> <size>\n`, followed by the
 * bytes and a newline for `--batch`, or `<name> missing` / `<name> ambiguous`.
 */
function catFile(cwd: string, mode: string, names: string[]): (CatFileAnswer | undefined)[] | undefined {
  let stdout: Buffer;
  try {
    stdout = execFileSync("git", ["cat-file", mode], {
      cwd,
      input: names.map((n) => `${n}\n`).join(""),
      maxBuffer: 1 << 30,
      stdio: ["pipe", "pipe", "ignore"],
    });
  } catch {
    return undefined;
  }
  const out: (CatFileAnswer | undefined)[] = [];
  let at = 0;
  while (out.length < names.length && at < stdout.length) {
    const eol = stdout.indexOf(10, at);
    if (eol < 0) break;
    const header = stdout.toString("utf8", at, eol).split(" ");
    at = eol + 1;
    const size = Number(header[2]);
    // a name with spaces makes a "missing" line longer than three words
    if (header.length !== 3 || !/^[0-9a-f]{40,64}$/.test(header[0]!) || !Number.isInteger(size) || size < 0) {
      out.push(undefined);
      continue;
    }
    if (mode === "--batch-check") out.push({ type: header[1]!, size });
    else {
      out.push({ type: header[1]!, size, bytes: stdout.subarray(at, at + size) });
      at += size + 1;
    }
  }
  return out;
}

function showOne(cwd: string, name: string): Buffer | null {
  try {
    return execFileSync("git", ["show", name], {
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
