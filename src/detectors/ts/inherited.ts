import type { Member, Signature, Surface } from "./model.js";

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

/** A member a class or interface gets from a base, and the `extends` name it comes through. */
export interface InheritedMember {
  member: Member;
  /** The name in the type's own `extends` clause that brings the member in. */
  via: string;
  /** True when some base on the way is generic: the member's type may be written in its type parameters. */
  generic: boolean;
}

/**
 * The members reachable through `heritage` in one surface (bases exported from it, nearest
 * declaration first), so dropping a base from `extends` can report what users lose with it.
 */
export function inheritedMembers(surface: Surface): (heritage: string[]) => Map<string, InheritedMember> {
  return (heritage) => {
    const out = new Map<string, InheritedMember>();
    const walk = (names: string[], via: string | undefined, generic: boolean, depth: number) => {
      if (depth > 10) return;
      for (const name of names) {
        for (const d of surface.exports.get(name)?.decls ?? []) {
          if (d.kind !== "class" && d.kind !== "interface") continue;
          const g = generic || d.typeParams.length > 0;
          for (const [key, member] of d.members)
            if (!out.has(key)) out.set(key, { member, via: via ?? name, generic: g });
          walk(d.heritage, via ?? name, g, depth + 1);
        }
      }
    };
    walk(heritage, undefined, false, 0);
    return out;
  };
}
