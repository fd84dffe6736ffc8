import type { SchemaNode } from "./schema.js";
import type { Config, WatchEntry } from "./types.js";

/** The configuration a repository without `.github/impactgate.yml` gets. */
export function defaultConfig(): Config {
  return {
    interfaces: {
      include: ["include/uapi/**", "**/*.h", "**/*.hpp", "**/*.proto", "**/*.d.ts"],
      exclude: [],
    },
    rules: {},
    paths: { exclude: [] },
    statements: { abi: "ABI impact", "cross-package": "Cross-package impact", fork: "Fork impact" },
    labels: { abi: "abi-break", "cross-package": "cross-package", fork: "fork-impact" },
    c: { headers: [], private: [] },
    proto: { rules: "wire" },
    packages: {},
    fork: { remote: "upstream", "upstream-paths": ["**"], "local-paths": [], vendored: {} },
    watch: [],
    ack: { permission: "write", label: "impact-acknowledged" },
    compare: { against: "merge-base", tags: "v*", unreleased: "notice" },
    versions: { bump: "release" },
    limits: {
      files: 3000,
      "bytes-per-file": 5 * 1024 * 1024,
      "review-time-ms": 120_000,
      "body-chars": 65_536,
    },
  };
}

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

/**
 * `interfaces:` with everything under it commented out parses as null. For a key the schema
 * knows, that means "not set" (the default applies); unknown keys are kept so they are reported.
 */
export function stripNulls(value: unknown, schema: SchemaNode | undefined): unknown {
  if (!schema) return value; // unknown subtrees are reported, not walked (they may be deeply nested)
  if (Array.isArray(value)) return value.map((item) => stripNulls(item, schema?.items as SchemaNode | undefined));
  if (!isMapping(value)) return value;
  const properties = (schema?.properties ?? {}) as Record<string, SchemaNode>;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const known = Object.hasOwn(properties, key);
    if (child === null && known) continue;
    setOwn(out, key, stripNulls(child, known ? properties[key] : undefined));
  }
  return out;
}

/** Sets an own property even for keys like `__proto__`, which a config file may contain. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
