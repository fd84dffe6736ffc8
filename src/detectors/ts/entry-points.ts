import { posix } from "node:path";

/** How a consumer reaches the package: `import`, `require`, or the pre-`exports` `types`/`main` lookup. */
export type EntryMode = "import" | "require" | "types";

/** One way into a package's types: what consumers write (`pkg`, `pkg/sub`) and where the compiler looks. */
export interface EntryTarget {
  /** `.` or `./sub`: the subpath consumers import. */
  subpath: string;
  mode: EntryMode;
  /** Repository paths the compiler tries, in its order; the first that exists is the entry. */
  candidates: string[];
}

const CONDITIONS: Record<Exclude<EntryMode, "types">, Set<string>> = {
  import: new Set(["types", "import", "node", "default"]),
  require: new Set(["types", "require", "node", "default"]),
};

/** At most this many entry points per package from `exports` patterns (`./*`). */
const MAX_PATTERN_ENTRIES = 100;

/**
 * The type entry points one package.json declares, the way the compiler resolves them for a
 * consumer: every `exports` subpath under `import` and `require` conditions (`types`, the mode,
 * `node`, `default`, tried in object order, a failed branch falling through to the next), and the
 * `types` / `typings` / `main` lookup older resolution uses (`index.d.ts` when none is named).
 * Undefined when the text is not a JSON object.
 */
export function entryTargets(manifestPath: string, text: string, paths: Iterable<string>): EntryTarget[] | undefined {
  let pkg: Record<string, unknown>;
  try {
    const json: unknown = JSON.parse(text);
    if (!json || typeof json !== "object" || Array.isArray(json)) return undefined;
    pkg = json as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const dir = posix.dirname(manifestPath);
  const at = (target: string) => {
    const joined = posix.normalize(posix.join(dir, target));
    return joined.startsWith("./") ? joined.slice(2) : joined;
  };
  const out: EntryTarget[] = [];
  const named = [pkg.types, pkg.typings, pkg.main].filter((t): t is string => typeof t === "string");
  out.push({
    subpath: ".",
    mode: "types",
    candidates: [...named.flatMap((t) => declarationCandidates(at(t))), at("index.d.ts"), at("index.ts")],
  });
  if (pkg.exports === undefined || pkg.exports === null) return out;
  const subpaths = subpathsOf(pkg.exports);
  let patterns = 0;
  for (const [subpath, value] of subpaths) {
    for (const mode of ["import", "require"] as const) {
      const targets = conditionTargets(value, CONDITIONS[mode]);
      if (!subpath.includes("*")) {
        const candidates = targets.flatMap((t) => declarationCandidates(at(t)));
        if (candidates.length) out.push({ subpath, mode, candidates });
        continue;
      }
      for (const expanded of expandPattern(subpath, targets.map(at), paths)) {
        if (patterns++ >= MAX_PATTERN_ENTRIES) break;
        out.push({ ...expanded, mode });
      }
    }
  }
  return out;
}

function subpathsOf(exports: unknown): [string, unknown][] {
  const isSubpathObject =
    typeof exports === "object" &&
    exports !== null &&
    !Array.isArray(exports) &&
    Object.keys(exports).some((k) => k.startsWith("."));
  return isSubpathObject ? Object.entries(exports as Record<string, unknown>) : [[".", exports]];
}

/** Targets of one subpath under a condition set, in the order the compiler tries them. */
function conditionTargets(value: unknown, conditions: Set<string>): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap((v) => conditionTargets(v, conditions));
  if (!value || typeof value !== "object") return [];
  const out: string[] = [];
  for (const [key, sub] of Object.entries(value as Record<string, unknown>)) {
    if (conditions.has(key) || key.startsWith("types@")) out.push(...conditionTargets(sub, conditions));
  }
  return out;
}

/** Declaration (or TypeScript source) files the compiler tries for one target path. */
export function declarationCandidates(target: string): string[] {
  if (/\.d\.[cm]?ts$/.test(target) || /\.[cm]?tsx?$/.test(target)) return [target];
  const m = /^(.*)\.([cm]?)js$/.exec(target);
  if (m) {
    const [, stem, flavour] = m;
    return flavour ? [`${stem}.${flavour}ts`, `${stem}.d.${flavour}ts`] : [`${stem}.ts`, `${stem}.tsx`, `${stem}.d.ts`];
  }
  if (/\.[a-z]+$/i.test(posix.basename(target))) return []; // .json, .css, .wasm: no types
  return [`${target}.d.ts`, `${target}.ts`, `${target}/index.d.ts`, `${target}/index.ts`];
}

/** `"./features/*": "./dist/features/*.js"` → one entry per declaration file the pattern matches. */
function expandPattern(
  subpath: string,
  targets: string[],
  paths: Iterable<string>,
): Array<{ subpath: string; candidates: string[] }> {
  const out = new Map<string, string[]>();
  const all = [...paths];
  for (const target of targets) {
    for (const candidate of declarationCandidates(target)) {
      const star = candidate.indexOf("*");
      if (star < 0) continue;
      const [prefix, suffix] = [candidate.slice(0, star), candidate.slice(star + 1)];
      for (const p of all) {
        if (p.length < prefix.length + suffix.length || !p.startsWith(prefix) || !p.endsWith(suffix)) continue;
        const matched = p.slice(prefix.length, p.length - suffix.length);
        const key = subpath.replace("*", matched);
        if (!out.has(key)) out.set(key, [p]);
      }
    }
  }
  return [...out].map(([key, candidates]) => ({ subpath: key, candidates }));
}
