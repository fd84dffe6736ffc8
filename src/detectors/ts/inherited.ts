import type { Surface } from "./model.js";

/**
 * Looks a member up through the `extends` chain of a surface's exported classes and interfaces,
 * so a member moved from a class to its base is not reported as removed.
 */
export function inheritedLookup(surface: Surface): (heritage: string[], key: string) => boolean {
  const find = (heritage: string[], key: string, depth: number): boolean => {
    if (depth > 10) return false;
    for (const name of heritage) {
      for (const d of surface.exports.get(name)?.decls ?? []) {
        if (d.kind !== "class" && d.kind !== "interface") continue;
        if (d.members.has(key) || find(d.heritage, key, depth + 1)) return true;
      }
    }
    return false;
  };
  return (heritage, key) => find(heritage, key, 0);
}
