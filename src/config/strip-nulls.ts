import { isMapping } from "./merge-defaults.js";
import { setOwn } from "./set-own.js";
import type { SchemaNode } from "./schema.js";

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
