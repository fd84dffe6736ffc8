import type ts from "./typescript.cjs";
import { posix } from "node:path";
import type { Side, SideReader } from "./program.js";

/** A module name a base-side file resolved, as the program resolved it. */
export interface Resolution {
  name: string;
  mode: ts.ResolutionMode;
  /** The program file it resolved to (`/before/…`, `/lib/…`), undefined when unresolved. */
  resolved: string | undefined;
  /** The name of a module augmentation (`declare module "./x" { … }`), not an import. */
  augments: boolean;
}

/** Resolves one module name from a program file the way the comparison program does. */
export type Resolve = (name: string, containingFile: string, mode: ts.ResolutionMode) => string | undefined;

/**
 * The repository paths whose base-side file the comparison program can hold once for both sides:
 * the head side's imports of them resolve to the base's file, so it is parsed and bound once.
 * A file qualifies when its text is the same on both sides and so is everything its meaning
 * depends on: each module name it resolves, and each `/// <reference path>`, reaches the same
 * path on both sides, and that file qualifies too (cycles of such files do). Left out: files
 * under `node_modules` (their module format can come from a `package.json` that changed), files
 * with `/// <reference types>`, and files a base-side file that does not qualify augments
 * (`declare module "./x"`): the head side must not see that augmentation. What stays global
 * (`declare global`, scripts' declarations) was one scope for both sides already.
 *
 * Called when the program first asks for a head-side file: every base-side file has been
 * parsed and resolved by then (base roots come first), `resolutions` holding what each resolved.
 */
export function sharedPaths(
  parsed: ReadonlyMap<string, ts.SourceFile | undefined>,
  resolutions: ReadonlyMap<string, Resolution[]>,
  sides: Record<Side, SideReader>,
  resolveAfter: Resolve,
): Set<string> {
  const shared = new Set<string>();
  for (const [fileName, sf] of parsed) {
    if (!sf || !fileName.startsWith("/before/")) continue;
    const path = fileName.slice("/before/".length);
    if (/(^|\/)node_modules\//.test(path) || sf.typeReferenceDirectives.length) continue;
    const text = sides.before.read(path);
    if (text === undefined || sides.after.read(path) !== text) continue;
    shared.add(path);
  }
  // What each candidate needs shared too (what it resolves or references, and the files that
  // augment it); a candidate whose dependency differs by side is dropped at once.
  const needs = new Map<string, string[]>();
  for (const [fileName, list] of resolutions) {
    const from = fileName.slice("/before/".length);
    for (const r of list) {
      const target = repoPath(r.resolved);
      if (r.augments && target !== undefined) push(needs, target, from);
    }
  }
  const dropped: string[] = [];
  for (const path of shared) {
    let same = true;
    for (const r of resolutions.get(`/before/${path}`) ?? []) {
      const before = r.resolved;
      const after = resolveAfter(r.name, `/after/${path}`, r.mode);
      const target = repoPath(before);
      if (target !== undefined ? after !== `/after/${target}` : after !== before) same = false;
      else if (target !== undefined) push(needs, path, target);
    }
    for (const ref of parsed.get(`/before/${path}`)!.referencedFiles) {
      const at = posix.normalize(posix.join(posix.dirname(path), ref.fileName));
      const before = referenceTarget(at, sides.before);
      if (at.startsWith("../") || posix.isAbsolute(ref.fileName) || before !== referenceTarget(at, sides.after))
        same = false;
      else if (before !== undefined) push(needs, path, before);
    }
    if (!same) dropped.push(path);
  }
  // Greatest fixpoint: a file is dropped when something it needs is not shared, which drops the
  // files needing it in turn (each edge followed once).
  const neededBy = new Map<string, string[]>();
  for (const [path, deps] of needs) for (const d of deps) push(neededBy, d, path);
  for (const path of needs.keys())
    if (shared.has(path) && needs.get(path)!.some((d) => !shared.has(d))) dropped.push(path);
  while (dropped.length) {
    const path = dropped.pop()!;
    if (!shared.delete(path)) continue;
    for (const dependent of neededBy.get(path) ?? []) if (shared.has(dependent)) dropped.push(dependent);
  }
  return shared;
}

/** The repository path of a base-side program file, undefined for any other. */
function repoPath(fileName: string | undefined): string | undefined {
  return fileName?.startsWith("/before/") ? fileName.slice("/before/".length) : undefined;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const TS_EXTENSIONS = [".ts", ".tsx", ".d.ts", ".cts", ".d.cts", ".mts", ".d.mts"];

/**
 * The file a `/// <reference path>` loads on one side, as the compiler picks it: the path itself
 * when it has a TypeScript extension, else the first of `.ts`, `.tsx`, `.d.ts` appended that exists.
 */
function referenceTarget(path: string, side: SideReader): string | undefined {
  if (posix.basename(path).includes("."))
    return TS_EXTENSIONS.some((e) => path.endsWith(e)) && side.read(path) !== undefined ? path : undefined;
  return [".ts", ".tsx", ".d.ts"].map((e) => path + e).find((p) => side.read(p) !== undefined);
}
