import type { Signature, Surface } from "./model.js";

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

/**
 * The constructors a class without its own inherits: those of the nearest base (exported from
 * the same surface) that declares any. Undefined when the base is outside the surface.
 */
export function inheritedCtors(surface: Surface): (heritage: string[]) => Signature[] | undefined {
  const find = (heritage: string[], depth: number): Signature[] | undefined => {
    if (depth > 10) return undefined;
    for (const name of heritage) {
      const base = surface.exports.get(name)?.decls.find((d) => d.kind === "class");
      if (base?.kind !== "class") continue;
      if (base.ctors.length) return base.ctors;
      return base.extendsOther ? find(base.heritage, depth + 1) : [];
    }
    return undefined;
  };
  return (heritage) => find(heritage, 0);
}
