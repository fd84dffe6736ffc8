import type TypeScript from "typescript";
import { finding } from "../../engine/rule.js";
import { manifestRules } from "./rule-specs.js";
import type { Finding } from "../../engine/types.js";
import type { PackagePair } from "./package-rules.js";

/** Package name of a bare module specifier: `@scope/pkg/sub` → `@scope/pkg`, `pkg/sub` → `pkg`. */
function packageOf(spec: string): string | undefined {
  if (spec.startsWith(".") || spec.startsWith("/") || spec.startsWith("node:")) return undefined;
  const parts = spec.split("/");
  return spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

let ts: typeof TypeScript | undefined;

/**
 * Loads the TypeScript compiler (its preprocessor finds a declaration file's imports). The
 * detector's init runs it only when a manifest changed: a review of C headers must not pay the
 * compiler's load time just because the manifest detector's ChangeSet rules run on every review.
 */
export async function loadTypeScript(): Promise<void> {
  ts ??= (await import("../ts/typescript.cjs")).default;
}

/** Packages the declaration files reference, through imports, `import()` types and `/// <reference types>`. */
function referencedPackages(texts: string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    if (!ts) throw new Error("the manifest detector's init() did not load the TypeScript compiler");
    const info = ts.preProcessFile(text, true, true);
    for (const f of info.importedFiles) {
      const p = packageOf(f.fileName);
      if (p) out.add(p);
    }
    for (const r of info.typeReferenceDirectives) out.add(r.fileName);
  }
  return out;
}

/**
 * A dependency dropped from `dependencies` (not moved to peer or optional dependencies) that the
 * package's own declaration files still import: users' type-checks fail to resolve it.
 */
export function removedPublicTypeDeps(
  pair: PackagePair,
  declarations: string[],
  at: (keys: string[]) => number,
): Finding[] {
  const deps = (p: typeof pair.before, key: string) =>
    Object.keys((p[key] as Record<string, unknown> | undefined) ?? {});
  const kept = new Set(
    ["dependencies", "peerDependencies", "optionalDependencies"].flatMap((k) => deps(pair.after, k)),
  );
  const removed = deps(pair.before, "dependencies").filter((d) => !kept.has(d));
  if (!removed.length) return [];
  const used = referencedPackages(declarations);
  const out: Finding[] = [];
  for (const dep of removed) {
    const typesFor = dep.startsWith("@types/") ? dep.slice(7).replace(/^(.+)__(.+)$/, "@$1/$2") : dep;
    if (!used.has(dep) && !used.has(typesFor)) continue;
    const moved = deps(pair.after, "devDependencies").includes(dep)
      ? " (moved to devDependencies, which users do not install)"
      : "";
    out.push(
      finding(manifestRules["manifest/dependency-removed-from-public-types"], {
        path: pair.path,
        line: at(["dependencies"]),
        symbol: `dependencies.${dep}`,
        message: `\`${dep}\` was removed from dependencies${moved}, but the package's declaration files still reference \`${typesFor}\`; users' type-checks will not find it.`,
      }),
    );
  }
  return out;
}

/** Declaration files (after the change) below a package directory. */
export function declarationsUnder(
  dir: string,
  paths: Iterable<string>,
  read: (p: string) => string | undefined,
): string[] {
  const prefix = dir === "." ? "" : `${dir}/`;
  const out: string[] = [];
  for (const p of paths) {
    if (!p.startsWith(prefix) || !/\.d\.[cm]?ts$/.test(p) || p.includes("/node_modules/")) continue;
    const text = read(p);
    if (text !== undefined) out.push(text);
  }
  return out;
}
