import type { Cardinality } from "./model.js";

/** Scalar types by encoding group: a change inside a group keeps the bytes readable. */
const WIRE_GROUPS: Record<string, string> = {
  int32: "varint",
  uint32: "varint",
  int64: "varint",
  uint64: "varint",
  bool: "varint",
  enum: "varint",
  sint32: "zigzag",
  sint64: "zigzag",
  fixed32: "fixed32",
  sfixed32: "fixed32",
  fixed64: "fixed64",
  sfixed64: "fixed64",
  float: "float",
  double: "double",
  string: "string",
  bytes: "bytes",
  message: "message",
  group: "group",
};

/** JSON spelling of each kind: 64-bit integers are strings, enums are names, bytes base64. */
const JSON_CLASSES: Record<string, string> = {
  int32: "number",
  uint32: "number",
  sint32: "number",
  fixed32: "number",
  sfixed32: "number",
  int64: "int64",
  uint64: "int64",
  sint64: "int64",
  fixed64: "int64",
  sfixed64: "int64",
  bool: "bool",
  enum: "enum",
  float: "float",
  double: "float",
  string: "string",
  bytes: "bytes",
  message: "message",
  group: "message",
};

export const SCALARS = new Set(Object.keys(WIRE_GROUPS).filter((k) => !["enum", "message", "group"].includes(k)));

/** True when bytes written as `before` decode as `after` (string → bytes is fine, not back). */
export function wireCompatibleKinds(before: string, after: string): boolean {
  if (before === after) return true;
  if (before === "string" && after === "bytes") return true;
  return WIRE_GROUPS[before] !== undefined && WIRE_GROUPS[before] === WIRE_GROUPS[after];
}

/** Wire compatible and spelled the same in JSON. */
export function jsonCompatibleKinds(before: string, after: string): boolean {
  if (before === after) return true;
  return wireCompatibleKinds(before, after) && JSON_CLASSES[before] === JSON_CLASSES[after];
}

const WIRE_CARDINALITY: Record<Cardinality, number> = { explicit: 1, implicit: 1, required: 2, repeated: 3, map: 3 };
const JSON_CARDINALITY: Record<Cardinality, number> = { explicit: 1, implicit: 1, required: 2, repeated: 3, map: 4 };

export function wireCompatibleCardinality(before: Cardinality, after: Cardinality): boolean {
  return WIRE_CARDINALITY[before] === WIRE_CARDINALITY[after];
}

/** Maps and lists share a wire encoding but not a JSON one. */
export function jsonCompatibleCardinality(before: Cardinality, after: Cardinality): boolean {
  return JSON_CARDINALITY[before] === JSON_CARDINALITY[after];
}

/** protoc's default JSON name: drop underscores and capitalise the letter after each. */
export function defaultJsonName(name: string): string {
  let out = "";
  let upper = false;
  for (const ch of name) {
    if (ch === "_") upper = true;
    else {
      out += upper ? ch.toUpperCase() : ch;
      upper = false;
    }
  }
  return out;
}
