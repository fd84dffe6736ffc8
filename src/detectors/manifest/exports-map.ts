/** One package.json `exports` field as subpath → condition paths (`import`, `node.require`, ``). */
export type ExportsMap = Map<string, Set<string>>;

type Tick = (units?: number) => void;

/**
 * Condition objects nested deeper than this compare as their first levels: real packages nest
 * three or four, and walking a 1,000-level chain would build strings quadratic in its depth.
 */
const MAX_CONDITION_DEPTH = 16;

/**
 * Normalizes `exports` (string, array, condition object or subpath object) to subpaths with
 * their condition paths. A string target and a `default` condition both mean "any condition",
 * so `"./x.js"` and `{ "default": "./x.js" }` compare equal; null (blocked) is the path `!`.
 */
export function exportsMap(exports: unknown, checkBudget: Tick = () => {}): ExportsMap | undefined {
  const targets = subpathTargets(exports);
  if (!targets) return undefined;
  const map: ExportsMap = new Map();
  for (const [subpath, value] of targets) map.set(subpath, new Set(conditionPaths(value, 0, checkBudget)));
  return map;
}

/** `exports` as subpath → its target value (a string, array, condition object or null), as written. */
export function subpathTargets(exports: unknown): Map<string, unknown> | undefined {
  if (exports === undefined) return undefined;
  const isSubpathObject =
    exports !== null &&
    typeof exports === "object" &&
    !Array.isArray(exports) &&
    Object.keys(exports).some((k) => k.startsWith("."));
  return new Map(isSubpathObject ? Object.entries(exports as Record<string, unknown>) : [[".", exports]]);
}

/**
 * The file one environment resolves a subpath's target to, as Node's PACKAGE_TARGET_RESOLVE does:
 * condition keys tried in object order (`default` always matches), a branch that resolves to
 * nothing falling through to the next key, an array's first entry that resolves. Undefined when
 * nothing matches; null when the environment is blocked (`null` target).
 */
export function resolveTarget(
  value: unknown,
  conditions: ReadonlySet<string>,
  checkBudget: Tick = () => {},
  depth = 0,
): string | null | undefined {
  checkBudget();
  if (value === null) return null;
  if (typeof value === "string") return value;
  if (depth >= MAX_CONDITION_DEPTH || typeof value !== "object") return undefined;
  if (Array.isArray(value)) {
    for (const v of value) {
      const r = resolveTarget(v, conditions, checkBudget, depth + 1);
      if (r !== undefined) return r;
    }
    return undefined;
  }
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (k !== "default" && !conditions.has(k)) continue;
    const r = resolveTarget(v, conditions, checkBudget, depth + 1);
    if (r !== undefined) return r;
  }
  return undefined;
}

/**
 * The environments a condition path (`node.require`, `types`, `` for a plain target) stands
 * for: its conditions plus `default`, and — since every resolver sets `import` or `require` —
 * one of those when the path names neither.
 */
export function environmentsOf(path: string): Set<string>[] {
  const keys = path ? path.split(".") : [];
  const base = [...keys, "default"];
  if (keys.includes("import") || keys.includes("require")) return [new Set(base)];
  return [new Set([...base, "import"]), new Set([...base, "require"])];
}

function conditionPaths(value: unknown, depth: number, checkBudget: Tick): string[] {
  checkBudget();
  if (value === null) return ["!"];
  if (typeof value === "string" || depth >= MAX_CONDITION_DEPTH) return [""];
  if (Array.isArray(value)) return [...new Set(value.flatMap((v) => conditionPaths(v, depth + 1, checkBudget)))];
  if (typeof value !== "object") return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    for (const p of conditionPaths(v, depth + 1, checkBudget)) out.push(normalize(p ? `${k}.${p}` : k));
  }
  return out;
}

function normalize(path: string): string {
  return path === "default" ? "" : path.replace(/\.default$/, "");
}

/**
 * Whether a subpath is served by one of the after map's subpaths, patterns (`./*`) included. The
 * patterns are listed once; each one tried is a unit of work, so 100,000 removed subpaths against
 * 100,000 patterns end at the work budget instead of running for hours.
 */
export function servedBy(after: ExportsMap, checkBudget: Tick = () => {}): (subpath: string) => boolean {
  const patterns: { prefix: string; suffix: string }[] = [];
  for (const [key, conditions] of after) {
    const star = key.indexOf("*");
    if (star >= 0 && !conditions.has("!")) patterns.push({ prefix: key.slice(0, star), suffix: key.slice(star + 1) });
  }
  return (subpath) => {
    if (after.has(subpath)) return !after.get(subpath)!.has("!");
    checkBudget(patterns.length);
    return patterns.some(
      ({ prefix, suffix }) =>
        subpath.length >= prefix.length + suffix.length && subpath.startsWith(prefix) && subpath.endsWith(suffix),
    );
  };
}
