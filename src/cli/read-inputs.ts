/**
 * What a review reads from disk outside git: the two trees `impactgate diff` compares, and the
 * description given with `--body FILE` or `--body -`.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join, sep } from "node:path";
import type { Tree } from "../engine/from-trees.js";

/**
 * Reads every file below `dir` into a Tree keyed by `/`-separated relative paths.
 * A single file reads as a one-entry tree keyed by `name` (so two files compare as one pair).
 * Symbolic links are followed — an installed header tree links its headers (Debian's
 * linux-libc-dev links usr/include/asm/*.h into usr/lib/linux/uapi), and a file reached through a
 * link is the file a compiler reads there — each directory once (by its real path), so a link
 * cycle ends; a dangling link is left out. `.gitkeep` files are left out: they only keep an empty
 * tree (an added or removed file) in git.
 */
export function readTree(dir: string, name?: string): Tree {
  const tree: Tree = {};
  if (statSync(dir).isFile()) {
    tree[name ?? dir.split(sep).pop()!] = readFileSync(dir, "utf8");
    return tree;
  }
  const walked = new Set<string>();
  // `key` is the directory's path below `dir`, `/`-separated: built as the walk goes down, since
  // path.relative per file cost 20–50 ms per 1,000 files
  const walk = (d: string, key: string) => {
    const real = realpathSync(d);
    if (walked.has(real)) return;
    walked.add(real);
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      const target = entry.isSymbolicLink() ? statSync(full, { throwIfNoEntry: false }) : entry;
      if (!target) continue;
      if (target.isDirectory()) {
        if (entry.name !== ".git" && entry.name !== "node_modules") walk(full, `${key}${entry.name}/`);
      } else if (target.isFile() && entry.name !== ".gitkeep") {
        tree[key + entry.name] = readFileSync(full, "utf8");
      }
    }
  };
  walk(dir, "");
  return tree;
}

/** `--body FILE` or `--body -` (standard input); undefined when not given. */
export function readBody(
  arg: string | undefined,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<string | undefined> {
  if (arg === undefined) return Promise.resolve(undefined);
  if (arg !== "-") return Promise.resolve(readFileSync(arg, "utf8"));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stdin.on("data", (c: Buffer | string) => chunks.push(Buffer.from(c)));
    stdin.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    stdin.on("error", reject);
  });
}
