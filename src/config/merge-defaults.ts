import { defaultConfig } from "./defaults.js";
import { setOwn } from "./set-own.js";
import type { Config, WatchEntry } from "./types.js";

/**
 * Merges a validated user config over the defaults: mappings merge key by key (so `rules`,
 * `packages` and `fork.vendored` add to the defaults), lists and scalars replace.
 */
export function mergeDefaults(user: Record<string, unknown>): Config {
  const merged = mergeValue(defaultConfig(), user) as Config;
  merged.watch = merged.watch.map(withWatchDefaults);
  return merged;
}

function mergeValue(base: unknown, over: unknown): unknown {
  if (!isMapping(base) || !isMapping(over)) return over === undefined ? base : over;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over))
    setOwn(out, key, mergeValue(Object.hasOwn(base, key) ? base[key] : undefined, value));
  return out;
}

function withWatchDefaults(entry: Partial<WatchEntry>): WatchEntry {
  return { paths: [], symbols: [], notify: [], "require-ack": false, ...entry } as WatchEntry;
}

export function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
