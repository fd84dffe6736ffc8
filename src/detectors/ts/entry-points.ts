import ts from "typescript";
import { posix } from "node:path";
import { matchesAny } from "../../engine/glob.js";
import { resolveModule } from "./resolve-module.js";
import { sidesOf } from "../../engine/sides.js";
import type { ChangeSet } from "../../engine/types.js";

const cache = new WeakMap<ChangeSet, (path: string) => boolean>();

/**
 * True when `path` is a package entry point for types — named by a package.json `types`,
 * `typings` or an `exports` `types` condition (before or after) — or a file such an entry
 * re-exports (`export … from`) within the ChangeSet.
 */
export function isPackageEntry(path: string, cs: ChangeSet): boolean {
  let test = cache.get(cs);
  if (!test) {
    test = entryTest(cs);
    cache.set(cs, test);
  }
  return test(path);
}

function entryTest(cs: ChangeSet): (path: string) => boolean {
  const sides = sidesOf(cs);
  const globs: string[] = [];
  for (const p of sides.paths) {
    if (posix.basename(p) !== "package.json") continue;
    for (const text of [sides.before(p), sides.after(p)]) if (text) globs.push(...typesEntries(p, text));
  }
  const public_ = new Set<string>();
  const queue = [...sides.paths].filter((p) => globs.length && matchesAny(p, globs));
  while (queue.length) {
    const p = queue.pop()!;
    if (public_.has(p)) continue;
    public_.add(p);
    for (const text of [sides.before(p), sides.after(p)]) {
      for (const spec of reexportSpecifiers(text)) {
        const target = resolveModule(p, spec, (x) => sides.paths.has(x));
        if (target && !public_.has(target)) queue.push(target);
      }
    }
  }
  return (path) => public_.has(path);
}

/** Globs of the type entry points one package.json names, as repository paths. */
export function typesEntries(manifestPath: string, text: string): string[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [];
  }
  if (!json || typeof json !== "object") return [];
  const pkg = json as Record<string, unknown>;
  const dir = posix.dirname(manifestPath);
  const out: string[] = [];
  const add = (target: unknown) => {
    if (typeof target === "string") out.push(posix.normalize(posix.join(dir, target)));
  };
  add(pkg.types);
  add(pkg.typings);
  const walk = (node: unknown, key: string): void => {
    if (typeof node === "string" && (key === "types" || /\.d\.[cm]?ts$/.test(node))) add(node);
    else if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) walk(v, k);
  };
  walk(pkg.exports, "");
  return out.map((p) => (p.startsWith("./") ? p.slice(2) : p));
}

function reexportSpecifiers(text: string | undefined): string[] {
  if (!text) return [];
  const sf = ts.createSourceFile(
    "x.ts",
    text,
    { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone },
    false,
  );
  const out: string[] = [];
  for (const st of sf.statements) {
    if (ts.isExportDeclaration(st) && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier))
      out.push(st.moduleSpecifier.text);
  }
  return out;
}
