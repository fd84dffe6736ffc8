/** One package.json `exports` field as subpath → condition paths (`import`, `node.require`, ``). */
export type ExportsMap = Map<string, Set<string>>;

/**
 * Normalizes `exports` (string, array, condition object or subpath object) to subpaths with
 * their condition paths. A string target and a `default` condition both mean "any condition",
 * so `"./x.js"` and `{ "default": "./x.js" }` compare equal; null (blocked) is the path `!`.
 */
export function exportsMap(exports: unknown): ExportsMap | undefined {
  if (exports === undefined) return undefined;
  const map: ExportsMap = new Map();
  const isSubpathObject =
    exports !== null &&
    typeof exports === "object" &&
    !Array.isArray(exports) &&
    Object.keys(exports).some((k) => k.startsWith("."));
  const entries: [string, unknown][] = isSubpathObject
    ? Object.entries(exports as Record<string, unknown>)
    : [[".", exports]];
  for (const [subpath, value] of entries) map.set(subpath, new Set(conditionPaths(value)));
  return map;
}

function conditionPaths(value: unknown): string[] {
  if (value === null) return ["!"];
  if (typeof value === "string") return [""];
  if (Array.isArray(value)) return [...new Set(value.flatMap(conditionPaths))];
  if (typeof value !== "object") return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    for (const p of conditionPaths(v)) out.push(normalize(p ? `${k}.${p}` : k));
  }
  return out;
}

function normalize(path: string): string {
  return path === "default" ? "" : path.replace(/\.default$/, "");
}

/** True when `subpath` is served by one of the after map's subpaths, patterns (`./*`) included. */
export function servedBy(subpath: string, after: ExportsMap): boolean {
  if (after.has(subpath)) return !after.get(subpath)!.has("!");
  for (const [key, conditions] of after) {
    const star = key.indexOf("*");
    if (star < 0 || conditions.has("!")) continue;
    const prefix = key.slice(0, star);
    const suffix = key.slice(star + 1);
    if (subpath.length >= key.length - 1 && subpath.startsWith(prefix) && subpath.endsWith(suffix)) return true;
  }
  return false;
}
