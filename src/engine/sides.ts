import type { ChangeSet } from "./types.js";

export interface Sides {
  /** Text of a repository path before the change, when the ChangeSet knows it. */
  before: (path: string) => string | undefined;
  /** Text after the change: the changed file's new text, else the (unchanged) base text. */
  after: (path: string) => string | undefined;
  /** Every path known on either side. */
  paths: Set<string>;
}

const cache = new WeakMap<ChangeSet, Sides>();

/** Both trees as far as the ChangeSet holds them: changed files plus the workspace's base files. */
export function sidesOf(cs: ChangeSet): Sides {
  const hit = cache.get(cs);
  if (hit) return hit;
  const base = cs.workspace?.files ?? {};
  const beforeChanged = new Map<string, string | null>();
  const afterChanged = new Map<string, string | null>();
  for (const f of cs.files) {
    beforeChanged.set(f.previousPath ?? f.path, f.before);
    afterChanged.set(f.path, f.after);
    if (f.previousPath && f.previousPath !== f.path) afterChanged.set(f.previousPath, null);
  }
  const paths = new Set([
    ...(cs.workspace?.paths ?? []),
    ...Object.keys(base),
    ...beforeChanged.keys(),
    ...afterChanged.keys(),
  ]);
  const sides: Sides = {
    before: (p) => (beforeChanged.has(p) ? (beforeChanged.get(p) ?? undefined) : base[p]),
    after: (p) => (afterChanged.has(p) ? (afterChanged.get(p) ?? undefined) : base[p]),
    paths,
  };
  cache.set(cs, sides);
  return sides;
}
