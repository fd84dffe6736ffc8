import { posix } from "node:path";
import { entryTargets, type EntryMode } from "./entry-points.js";
import { findTsconfig, sourceEntry, type TsconfigSetup } from "./source-declarations.js";
import { SIDES, type Side } from "./program.js";
import type { Sides } from "../../engine/sides.js";

/** One entry point on both sides: the files consumers of `subpath` get under each mode. */
export interface UnitEntry {
  subpath: string;
  modes: EntryMode[];
  files: Record<Side, string | undefined>;
}

/** What the detector compares a changed TypeScript file as part of. */
export type TsUnit =
  | {
      kind: "package";
      /** Package directory ("" for the repository root) and its manifest. */
      dir: string;
      manifest: string;
      name: string;
      entries: UnitEntry[];
      /** Set when the entry points are TypeScript sources: declarations are generated from them. */
      source: Record<Side, TsconfigSetup | undefined>;
    }
  /** A declaration file outside any package that names its types: compared as its own entry. */
  | { kind: "file"; path: string }
  /** A package whose type entry points name files that are neither committed nor buildable here. */
  | { kind: "unresolved"; dir: string; manifest: string; name: string; reason: string; line: number };

const DECLARATION = /\.d\.[cm]?ts$/;

/**
 * The unit a changed path belongs to: the nearest package.json above it (on either side) when
 * that package declares type entry points, else the file itself when it is a declaration file.
 * Source files outside any typed package are not API (undefined).
 */
export function unitOf(path: string, sides: Sides, cache: Map<string, TsUnit | null>): TsUnit | undefined {
  const manifest = nearestManifest(path, sides);
  if (manifest !== undefined) {
    let unit = cache.get(manifest);
    if (unit === undefined) {
      unit = packageUnit(manifest, sides);
      cache.set(manifest, unit);
    }
    if (unit) return unit;
  }
  return DECLARATION.test(path) ? { kind: "file", path } : undefined;
}

function nearestManifest(path: string, sides: Sides): string | undefined {
  let dir = posix.dirname(path);
  for (;;) {
    const at = dir === "." ? "package.json" : `${dir}/package.json`;
    if (sides.before(at) !== undefined || sides.after(at) !== undefined) return at;
    if (dir === ".") return undefined;
    dir = posix.dirname(dir);
  }
}

/**
 * A package's entries on both sides; null when it declares no types at all (a JavaScript
 * package, a private app), so its declaration files are compared one by one.
 */
function packageUnit(manifest: string, sides: Sides): TsUnit | null {
  const dir = posix.dirname(manifest) === "." ? "" : posix.dirname(manifest);
  const byKey = new Map<string, UnitEntry>();
  const source: Record<Side, TsconfigSetup | undefined> = { before: undefined, after: undefined };
  let name = dir || "the root package";
  let unresolved: { target: string; line: number; unread?: boolean } | undefined;
  let named = false;
  for (const side of SIDES) {
    const text = sides[side](manifest);
    if (text === undefined) continue;
    const manifestFacts = readManifest(text);
    name = manifestFacts.name ?? name;
    named ||= manifestFacts.namesTypes;
    const targets = entryTargets(manifest, text, sides.paths);
    if (!targets) continue;
    const exists = (p: string) => sides[side](p) !== undefined;
    for (const target of targets) {
      let file = target.candidates.find(exists);
      const unread = target.candidates.find((c) => sides.paths.has(c) && !exists(c));
      if (!file && unread) unresolved ??= { target: unread, line: 1, unread: true };
      else if (!file) {
        // Not committed: the declarations are built from TypeScript source (dist/ → src/).
        const setup = (source[side] ??= findTsconfig(dir, sides[side]));
        file = setup ? sourceEntry(setup, target.candidates[0]!, exists) : undefined;
        if (!file) unresolved ??= { target: target.candidates[0]!, line: lineOf(text, target.candidates[0]!, dir) };
      }
      if (!file) continue;
      if (!DECLARATION.test(file) && !source[side]) source[side] = findTsconfig(dir, sides[side]) ?? bareSetup(dir);
      addEntry(byKey, target.subpath, target.mode, side, file);
    }
  }
  const entries = mergeModes([...byKey.values()]);
  if (!entries.length || unresolved?.unread) {
    if (!unresolved || (!named && !unresolved.unread)) return null;
    return {
      kind: "unresolved",
      dir,
      manifest,
      name,
      line: unresolved.line,
      reason: unresolved.unread
        ? `its type entry point \`${unresolved.target}\` was not read`
        : `its type entry point \`${unresolved.target}\` is not in the repository and no tsconfig.json that emits declarations there was found`,
    };
  }
  return { kind: "package", dir, manifest, name, entries, source };
}

function addEntry(byKey: Map<string, UnitEntry>, subpath: string, mode: EntryMode, side: Side, file: string): void {
  const key = `${subpath}\u0000${mode}`;
  const entry = byKey.get(key) ?? { subpath, modes: [mode], files: { before: undefined, after: undefined } };
  entry.files[side] ??= file;
  byKey.set(key, entry);
}

/**
 * Modes of one subpath that reach the same files on both sides are one entry; a `types` entry
 * that is also the `.` import or require entry adds nothing.
 */
function mergeModes(entries: UnitEntry[]): UnitEntry[] {
  const out: UnitEntry[] = [];
  for (const e of entries) {
    const same = out.find(
      (o) =>
        (o.subpath === e.subpath || e.modes.includes("types") || o.modes.includes("types")) &&
        o.files.before === e.files.before &&
        o.files.after === e.files.after,
    );
    if (same) same.modes.push(...e.modes.filter((m) => !same.modes.includes(m)));
    else out.push(e);
  }
  // An import entry first: it names exports the way most consumers write them.
  const rank = (e: UnitEntry) => (e.subpath === "." ? 0 : 1) * 10 + (e.modes.includes("import") ? 0 : 1);
  return out.sort((x, y) => rank(x) - rank(y) || x.subpath.localeCompare(y.subpath));
}

/** The package's name, and whether it names its types (`types`, `typings` or `exports`). */
function readManifest(text: string): { name?: string; namesTypes: boolean } {
  try {
    const pkg = JSON.parse(text) as Record<string, unknown>;
    const name = typeof pkg.name === "string" ? pkg.name : undefined;
    return { name, namesTypes: ["types", "typings", "exports"].some((k) => pkg[k] !== undefined && pkg[k] !== null) };
  } catch {
    return { namesTypes: false };
  }
}

/** 1-based line of the manifest that names `target` (relative to the package), else 1. */
function lineOf(text: string, target: string, dir: string): number {
  const rel = dir ? posix.relative(dir, target) : target;
  const i = text.indexOf(rel);
  return i < 0 ? 1 : text.slice(0, i).split("\n").length;
}

function bareSetup(dir: string): TsconfigSetup {
  return { dir, path: undefined, options: {}, rootDirs: [dir ? `${dir}/src` : "src", dir] };
}
