import type { ChangeSet } from "../../engine/types.js";

export interface Sides {
  before: (path: string) => string | undefined;
  after: (path: string) => string | undefined;
  paths: Set<string>;
}

const cache = new WeakMap<ChangeSet, Sides>();

/**
 * Both trees as far as the ChangeSet holds them: changed files plus the workspace's base files
 * (the manifests the source fetched). An unchanged file reads the same on both sides.
 */
export function sidesOf(cs: ChangeSet): Sides {
  const hit = cache.get(cs);
  if (hit) return hit;
  const base = cs.workspace?.files ?? {};
  const before = new Map<string, string | null>();
  const after = new Map<string, string | null>();
  for (const f of cs.files) {
    before.set(f.previousPath ?? f.path, f.before);
    after.set(f.path, f.after);
    if (f.previousPath && f.previousPath !== f.path) after.set(f.previousPath, null);
  }
  const sides: Sides = {
    before: (p) => (before.has(p) ? before.get(p) ?? undefined : base[p]),
    after: (p) => (after.has(p) ? after.get(p) ?? undefined : base[p]),
    paths: new Set([...(cs.workspace?.paths ?? []), ...Object.keys(base), ...before.keys(), ...after.keys()]),
  };
  cache.set(cs, sides);
  return sides;
}
