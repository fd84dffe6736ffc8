/**
 * buf's breaking rules and the categories each belongs to (bufbreakingv2 `IDToCategories`, at
 * the corpus commit): F = FILE, P = PACKAGE, J = WIRE_JSON, W = WIRE. Deprecated rules belong to
 * no category. Needed to expand `breaking.use: [FILE]` (and buf's default, FILE) into rule names.
 */
const CATEGORIES = {
  ENUM_NO_DELETE: "F",
  ENUM_SAME_JSON_FORMAT: "FPJ",
  ENUM_SAME_TYPE: "FP",
  ENUM_VALUE_NO_DELETE: "FP",
  ENUM_VALUE_NO_DELETE_UNLESS_NAME_RESERVED: "J",
  ENUM_VALUE_NO_DELETE_UNLESS_NUMBER_RESERVED: "JW",
  ENUM_VALUE_SAME_NAME: "FPJ",
  EXTENSION_MESSAGE_NO_DELETE: "FP",
  EXTENSION_NO_DELETE: "F",
  FIELD_NO_DELETE: "FP",
  FIELD_NO_DELETE_UNLESS_NAME_RESERVED: "J",
  FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED: "JW",
  FIELD_SAME_CARDINALITY: "FP",
  FIELD_SAME_CPP_STRING_TYPE: "FP",
  FIELD_SAME_CTYPE: "",
  FIELD_SAME_DEFAULT: "FPJW",
  FIELD_SAME_JAVA_UTF8_VALIDATION: "FP",
  FIELD_SAME_JSON_NAME: "FPJ",
  FIELD_SAME_JSTYPE: "FP",
  FIELD_SAME_LABEL: "",
  FIELD_SAME_NAME: "FPJ",
  FIELD_SAME_ONEOF: "FPJW",
  FIELD_SAME_TYPE: "FP",
  FIELD_SAME_UTF8_VALIDATION: "FP",
  FIELD_WIRE_COMPATIBLE_CARDINALITY: "W",
  FIELD_WIRE_COMPATIBLE_TYPE: "W",
  FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY: "J",
  FIELD_WIRE_JSON_COMPATIBLE_TYPE: "J",
  FILE_NO_DELETE: "F",
  FILE_SAME_CSHARP_NAMESPACE: "FP",
  FILE_SAME_GO_PACKAGE: "FP",
  FILE_SAME_JAVA_MULTIPLE_FILES: "FP",
  FILE_SAME_JAVA_OUTER_CLASSNAME: "FP",
  FILE_SAME_JAVA_PACKAGE: "FP",
  FILE_SAME_JAVA_STRING_CHECK_UTF8: "",
  FILE_SAME_OBJC_CLASS_PREFIX: "FP",
  FILE_SAME_PACKAGE: "FPJW",
  FILE_SAME_PHP_CLASS_PREFIX: "FP",
  FILE_SAME_PHP_METADATA_NAMESPACE: "FP",
  FILE_SAME_PHP_NAMESPACE: "FP",
  FILE_SAME_RUBY_PACKAGE: "FP",
  FILE_SAME_SWIFT_PREFIX: "FP",
  FILE_SAME_OPTIMIZE_FOR: "FP",
  FILE_SAME_CC_GENERIC_SERVICES: "FP",
  FILE_SAME_JAVA_GENERIC_SERVICES: "FP",
  FILE_SAME_PY_GENERIC_SERVICES: "FP",
  FILE_SAME_PHP_GENERIC_SERVICES: "",
  FILE_SAME_CC_ENABLE_ARENAS: "FP",
  FILE_SAME_SYNTAX: "FP",
  MESSAGE_NO_DELETE: "F",
  MESSAGE_NO_REMOVE_STANDARD_DESCRIPTOR_ACCESSOR: "FP",
  MESSAGE_SAME_JSON_FORMAT: "FPJ",
  MESSAGE_SAME_MESSAGE_SET_WIRE_FORMAT: "FPJW",
  MESSAGE_SAME_REQUIRED_FIELDS: "FPJW",
  ONEOF_NO_DELETE: "FP",
  PACKAGE_ENUM_NO_DELETE: "P",
  PACKAGE_EXTENSION_NO_DELETE: "P",
  PACKAGE_MESSAGE_NO_DELETE: "P",
  PACKAGE_NO_DELETE: "P",
  PACKAGE_SERVICE_NO_DELETE: "P",
  RESERVED_ENUM_NO_DELETE: "FPJW",
  RESERVED_MESSAGE_NO_DELETE: "FPJW",
  RPC_NO_DELETE: "FP",
  RPC_SAME_CLIENT_STREAMING: "FPJW",
  RPC_SAME_IDEMPOTENCY_LEVEL: "FPJW",
  RPC_SAME_REQUEST_TYPE: "FPJW",
  RPC_SAME_RESPONSE_TYPE: "FPJW",
  RPC_SAME_SERVER_STREAMING: "FPJW",
  SERVICE_NO_DELETE: "F",
};
const LETTER = { FILE: "F", PACKAGE: "P", WIRE_JSON: "J", WIRE: "W" };

/**
 * The proto rules issue 4 specifies (WIRE default set, WIRE_JSON opt-in set, and the two extras).
 * The bench adds any other `proto/*` id it sees the detector report.
 */
export const SPECIFIED_PROTO_RULES = [
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
  "field-same-name",
  "field-same-json-name",
  "enum-value-same-name",
  "field-no-delete-unless-name-reserved",
  "enum-value-no-delete-unless-name-reserved",
  "field-wire-json-compatible-type",
  "field-wire-json-compatible-cardinality",
  "enum-same-json-format",
  "message-same-json-format",
  "enum-same-type",
  "field-same-utf8-validation",
].map((r) => `proto/${r}`);

/**
 * Looser wire-level rules of ours that report the same break as a stricter buf rule we do not
 * implement under its own name (buf's FILE category checks generated-code compatibility; we
 * check the wire). A match through one of these is counted, and reported apart.
 */
export const COUNTERPARTS = {
  FIELD_SAME_TYPE: ["FIELD_WIRE_COMPATIBLE_TYPE", "FIELD_WIRE_JSON_COMPATIBLE_TYPE"],
  FIELD_SAME_CARDINALITY: ["FIELD_WIRE_COMPATIBLE_CARDINALITY", "FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY"],
  FIELD_NO_DELETE: ["FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED", "FIELD_NO_DELETE_UNLESS_NAME_RESERVED"],
  ENUM_VALUE_NO_DELETE: ["ENUM_VALUE_NO_DELETE_UNLESS_NUMBER_RESERVED", "ENUM_VALUE_NO_DELETE_UNLESS_NAME_RESERVED"],
  PACKAGE_MESSAGE_NO_DELETE: ["MESSAGE_NO_DELETE"],
  PACKAGE_ENUM_NO_DELETE: ["ENUM_NO_DELETE"],
  PACKAGE_SERVICE_NO_DELETE: ["SERVICE_NO_DELETE"],
};

/** `proto/field-same-type` → `FIELD_SAME_TYPE`; null for ids outside the proto detector. */
export function bufRuleOf(ruleId) {
  if (!ruleId.startsWith("proto/")) return null;
  return ruleId.slice("proto/".length).replace(/-/g, "_").toUpperCase();
}

/** `FIELD_SAME_TYPE` → `proto/field-same-type`. */
export function ruleIdOf(bufRule) {
  return `proto/${bufRule.toLowerCase().replace(/_/g, "-")}`;
}

/**
 * The buf rules a case's expectations are exact for: `use` (rule names or categories; buf's
 * default FILE when absent) minus `except`, plus the rules the expectation itself lists (buf
 * reports deprecated FIELD_SAME_LABEL / FIELD_SAME_CTYPE under their replacements).
 */
export function enabledBufRules(breakingConfig, expectedRules = []) {
  const use = breakingConfig?.use?.length ? breakingConfig.use : ["FILE"];
  const except = new Set(breakingConfig?.except ?? []);
  const out = new Set();
  for (const name of use) {
    if (LETTER[name]) {
      for (const [rule, cats] of Object.entries(CATEGORIES)) if (cats.includes(LETTER[name])) out.add(rule);
    } else out.add(name);
  }
  for (const name of except) {
    if (LETTER[name]) {
      for (const [rule, cats] of Object.entries(CATEGORIES)) if (cats.includes(LETTER[name])) out.delete(rule);
    } else out.delete(name);
  }
  for (const r of expectedRules) out.add(r);
  return out;
}
