import { formatKeyPath } from "./key-path.js";
import { isMapping } from "./merge-defaults.js";

export interface ConfigChange {
  /** Key path as users write it: `limits.files`, `rules["c/*"]`. */
  path: string;
  before: unknown;
  after: unknown;
}

/**
 * The keys whose effective value differs between two configs. Mappings are compared key by key;
 * lists and scalars as a whole, since a list replaces the default rather than merging.
 */
export function diffConfig(before: unknown, after: unknown): ConfigChange[] {
  const changes: ConfigChange[] = [];
  walk(before, after, [], changes, after);
  return changes;
}

function walk(before: unknown, after: unknown, segments: string[], out: ConfigChange[], root: unknown): void {
  if (isMapping(before) && isMapping(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const key of keys) {
      const b = Object.hasOwn(before, key) ? before[key] : undefined;
      const a = Object.hasOwn(after, key) ? after[key] : undefined;
      walk(b, a, [...segments, key], out, root);
    }
    return;
  }
  if (JSON.stringify(before) !== JSON.stringify(after))
    out.push({ path: formatKeyPath(segments, root), before, after });
}
