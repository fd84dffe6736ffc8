import type { Config } from "../../config/types.js";

/** buf's WIRE category, kebab-cased: breaks for anyone decoding the binary encoding. */
export const WIRE_RULES = [
  "field-no-delete-unless-number-reserved",
  "enum-value-no-delete-unless-number-reserved",
  "reserved-message-no-delete",
  "reserved-enum-no-delete",
  "field-wire-compatible-type",
  "field-wire-compatible-cardinality",
  "field-same-oneof",
  "field-same-default",
  "message-same-required-fields",
  "file-same-package",
  "rpc-same-request-type",
  "rpc-same-response-type",
  "rpc-same-client-streaming",
  "rpc-same-server-streaming",
  "rpc-same-idempotency-level",
  "message-no-delete",
  "enum-no-delete",
  "service-no-delete",
  "rpc-no-delete",
] as const;

/** What buf's WIRE_JSON adds: breaks for anyone using the JSON mapping. */
export const WIRE_JSON_RULES = [
  "field-same-name",
  "field-same-json-name",
  "enum-value-same-name",
  "field-no-delete-unless-name-reserved",
  "enum-value-no-delete-unless-name-reserved",
  "field-wire-json-compatible-type",
  "field-wire-json-compatible-cardinality",
  "enum-same-json-format",
  "message-same-json-format",
] as const;

/** Checked in both sets: they change how parsers treat values already on the wire. */
export const ALWAYS_RULES = ["enum-same-type", "field-same-utf8-validation"] as const;

export const PARSE_FAILED = "parse-failed";

export type RuleName = (typeof WIRE_RULES)[number] | (typeof WIRE_JSON_RULES)[number] | (typeof ALWAYS_RULES)[number];

/** The rules `proto.rules` turns on (`wire` by default, `wire-json` adds the JSON ones). */
export function activeRules(config: Config): Set<RuleName> {
  const json = config.proto?.rules === "wire-json" ? WIRE_JSON_RULES : [];
  return new Set<RuleName>([...WIRE_RULES, ...json, ...ALWAYS_RULES]);
}
