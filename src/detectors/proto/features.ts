import type { ReflectionObject } from "protobufjs";
import type { Syntax } from "./model.js";

type Feature = "field_presence" | "enum_type" | "utf8_validation" | "json_format" | "message_encoding";

/** What each feature resolves to when nothing sets it: proto2, proto3, editions 2023. */
const DEFAULTS: Record<Syntax, Record<Feature, string>> = {
  proto2: {
    field_presence: "EXPLICIT",
    enum_type: "CLOSED",
    utf8_validation: "NONE",
    json_format: "LEGACY_BEST_EFFORT",
    message_encoding: "LENGTH_PREFIXED",
  },
  proto3: {
    field_presence: "IMPLICIT",
    enum_type: "OPEN",
    utf8_validation: "VERIFY",
    json_format: "ALLOW",
    message_encoding: "LENGTH_PREFIXED",
  },
  editions: {
    field_presence: "EXPLICIT",
    enum_type: "OPEN",
    utf8_validation: "VERIFY",
    json_format: "ALLOW",
    message_encoding: "LENGTH_PREFIXED",
  },
};

/**
 * The resolved value of an editions feature for an element: the nearest `features.<name>` option
 * on it or its parents (protobufjs copies file-level options onto top-level elements), else the
 * syntax default. proto2/proto3 files have no feature options, so they get their defaults.
 */
export function feature(obj: ReflectionObject, name: Feature, syntax: Syntax): string {
  for (let o: ReflectionObject | null = obj; o; o = o.parent) {
    const features = o.options?.features as Record<string, unknown> | undefined;
    const value = features?.[name];
    if (typeof value === "string") return value;
  }
  return DEFAULTS[syntax][name];
}
