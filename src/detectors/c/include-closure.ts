import { posix } from "node:path";

/** At most this many unchanged headers are read for one review: the closure of real libraries is a few dozen. */
export const MAX_INCLUDED_FILES = 64;

const INCLUDE = /^[ \t]*#[ \t]*include[ \t]*([<"])([^>"\n]+)[>"]/gm;

/** The file names a header includes (`"uv/unix.h"`, `<curl/system.h>`), in order. */
export function includeNames(text: string): { name: string; quoted: boolean }[] {
  return includeSites(text).map(({ name, quoted }) => ({ name, quoted }));
}

/** The same, with the 1-based line of each `#include` (to know which `#if` branch it sits in). */
export function includeSites(text: string): { name: string; quoted: boolean; line: number }[] {
  const out: { name: string; quoted: boolean; line: number }[] = [];
  let line = 1;
  let at = 0;
  for (const m of text.matchAll(INCLUDE)) {
    for (let i = text.indexOf("\n", at); i !== -1 && i < m.index; i = text.indexOf("\n", i + 1)) line++;
    at = m.index;
    out.push({ name: m[2]!.trim(), quoted: m[1] === '"', line });
  }
  return out;
}

/**
 * Where `#include` of `name` from `from` can be in the repository, most likely first: next to the
 * including file, then under an `include/` directory, then anywhere the path ends with the name.
 * With the tree's `paths` the answer is the paths that exist; without them (the app before it read
 * the tree), the conventional guesses for the source to probe.
 */
export function includeCandidates(name: string, from: string, paths?: ReadonlySet<string>): string[] {
  if (name.includes("..") && !name.startsWith("../")) return [];
  const local = posix.normalize(posix.join(posix.dirname(from), name));
  if (local.startsWith("../")) return [];
  const guesses = [local, `include/${name}`, name];
  if (!paths) return [...new Set(guesses)];
  const found = guesses.filter((p) => paths.has(p));
  if (found.length) return [found[0]!];
  const suffix = `/${name}`;
  let best: string | undefined;
  for (const p of paths) if (p.endsWith(suffix) && !isTestPath(p) && (!best || p.length < best.length)) best = p;
  return best ? [best] : [];
}

/** Paths of tests, mocks and fuzzers: they use the interface, they never define it. */
export function isTestPath(path: string): boolean {
  return /(^|\/)(tests?|testing|unittests?|mocks?|fuzz|fuzzing|googletest)(\/|$)/i.test(path);
}

interface Start {
  path: string;
  texts: (string | null)[];
}

/**
 * Walks the include graph from the changed headers, one layer at a time: each step yields the
 * candidate paths to read and receives their texts (null = no such file); the walk stops at
 * `MAX_INCLUDED_FILES`. Drivers: {@link readIncludeClosure} (sources) and {@link includeClosureOf}.
 */
function* closureWalk(
  start: Start[],
  paths: ReadonlySet<string> | undefined,
): Generator<string[], Record<string, string>, (string | null)[]> {
  const out: Record<string, string> = {};
  const seen = new Set(start.map((s) => s.path));
  let frontier = start;
  while (frontier.length && Object.keys(out).length < MAX_INCLUDED_FILES) {
    const groups: string[][] = [];
    for (const f of frontier)
      for (const text of f.texts)
        for (const inc of text ? includeNames(text) : []) {
          const candidates = includeCandidates(inc.name, f.path, paths).filter((p) => !seen.has(p));
          candidates.forEach((p) => seen.add(p));
          if (candidates.length) groups.push(candidates);
        }
    if (!groups.length) break;
    const texts = yield groups.flat();
    let k = 0;
    const next: Start[] = [];
    for (const group of groups) {
      // the first candidate that exists is the one the compiler would take
      const hit = group.map((p) => ({ p, text: texts[k++] ?? null })).find((x) => x.text !== null);
      if (!hit || Object.keys(out).length >= MAX_INCLUDED_FILES) continue;
      out[hit.p] = hit.text!;
      next.push({ path: hit.p, texts: [hit.text] });
    }
    frontier = next;
  }
  return out;
}

/**
 * The unchanged headers the changed ones include, transitively, read through `read` (the CLI's
 * `git show`, the app's batched fetcher). Paths in `skip` (the changed files) are not read.
 */
export async function readIncludeClosure(options: {
  start: Start[];
  paths?: ReadonlySet<string>;
  read: (paths: string[]) => Promise<(string | null)[]> | (string | null)[];
}): Promise<Record<string, string>> {
  const walk = closureWalk(options.start, options.paths);
  let step = walk.next();
  while (!step.done) step = walk.next(await options.read(step.value));
  return step.value;
}

/** The same closure over texts already in memory (a tree the ChangeSet carries). */
export function includeClosureOf(start: Start[], available: Readonly<Record<string, string>>): Record<string, string> {
  const walk = closureWalk(start, new Set(Object.keys(available)));
  let step = walk.next();
  while (!step.done) step = walk.next(step.value.map((p) => available[p] ?? null));
  return step.value;
}
