import { createRequire as __igCreateRequire } from "node:module";
import { fileURLToPath as __igFileURLToPath } from "node:url";
const require = __igCreateRequire(import.meta.url);
const __filename = __igFileURLToPath(import.meta.url);
const __dirname = __igFileURLToPath(new URL(".", import.meta.url));
import {
  defineRules
} from "./chunk-IWR2HKIX.js";

// src/detectors/proto/rule-specs.ts
var PROTO_WIRE_JSON = { key: "proto.rules", value: "wire-json" };
var DELETED_TYPE = "Code generated from the old schema no longer compiles, `Any` payloads naming the type stop resolving, and old clients calling a deleted RPC get `UNIMPLEMENTED`. A type moved to another file keeps its full name and is compared where it now lives (buf's `PACKAGE_*_NO_DELETE` view; buf's stricter FILE category would also report the move because generated import paths change). A deleted file reports what it declared at the base file's lines.";
var DEPRECATE = "**Fix:** deprecate (`option deprecated = true;`) and remove in a major version.";
var JSON_FORMAT = "`json_format = ALLOW` is the proto3 and editions default, `LEGACY_BEST_EFFORT` the proto2 default; after the change its JSON mapping is no longer guaranteed. The other direction is not reported.";
var protoRules = defineRules("proto", {
  "proto/parse-failed": {
    category: "abi",
    severity: "warning",
    summary: "protobufjs could not parse one version of the file.",
    why: "The finding carries the parser's message and line. The file keeps its generic `interface/changed` finding, so the change is still gated.",
    fix: "**Fix:** correct the syntax error (run `protoc` or `buf build` locally), or state the change.",
    fixtures: { positive: ["parse-failed-keeps-interface-finding"], negative: ["comment-change-is-not-a-finding"] }
  },
  "proto/not-protobuf": {
    category: "abi",
    severity: "notice",
    summary: "A file named `*.proto` that is not protobuf in any version (e.g. a build template).",
    why: "Some projects name other files `.proto` (a Plan 9 `mkfile.proto`, a list of C prototypes). When no version of the file starts the way a protobuf file must (a comment, then `syntax`, `edition`, `package`, `import`, `option`, `message`, `enum`, `service` or `extend`), nobody generates code from it: the generic `interface/changed` finding is dropped. A file that was protobuf in either version keeps `proto/parse-failed` and the generic finding.",
    fix: "Nothing to do. To stop the notice, add the path to `interfaces.exclude`.",
    fixtures: {
      positive: ["non-protobuf-file-named-proto-is-not-an-interface"],
      negative: ["parse-failed-keeps-interface-finding"]
    }
  },
  "proto/field-no-delete-unless-number-reserved": {
    category: "abi",
    severity: "error",
    reference: "buf FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED",
    summary: "A field was deleted and its number is not `reserved`.",
    why: "Old binaries still send that number; if the number is reused later with another type, they corrupt each other's data.",
    fix: '**Fix:** add `reserved <number>;` (and `reserved "<name>";`) where the field was.',
    fixtures: {
      positive: ["field-no-delete-unless-number-reserved"],
      negative: ["reserved-then-deleted-field-is-not-a-finding"]
    }
  },
  "proto/enum-value-no-delete-unless-number-reserved": {
    category: "abi",
    severity: "error",
    reference: "buf ENUM_VALUE_NO_DELETE_UNLESS_NUMBER_RESERVED",
    summary: "An enum value was deleted without reserving its number.",
    why: "A later value reusing the number changes the meaning of stored and in-flight data.",
    fix: "**Fix:** `reserved <number>;` in the enum.",
    fixtures: {
      positive: ["enum-value-no-delete-unless-number-reserved"],
      negative: ["reserved-then-deleted-enum-value-is-not-a-finding"]
    }
  },
  "proto/reserved-message-no-delete": {
    category: "abi",
    severity: "error",
    reference: "buf RESERVED_MESSAGE_NO_DELETE",
    summary: "A reserved range or name disappeared from a message.",
    why: "A retired number or name can be reused, and old binaries still read it with its old meaning.",
    fix: "**Fix:** keep the `reserved` statement.",
    fixtures: { positive: ["reserved-message-no-delete"], negative: ["reserved-then-deleted-field-is-not-a-finding"] }
  },
  "proto/reserved-enum-no-delete": {
    category: "abi",
    severity: "error",
    reference: "buf RESERVED_ENUM_NO_DELETE",
    summary: "A reserved range or name disappeared from an enum.",
    why: "A retired number or name can be reused, and old binaries still read it with its old meaning.",
    fix: "**Fix:** keep the `reserved` statement.",
    fixtures: {
      positive: ["reserved-enum-no-delete"],
      negative: ["reserved-then-deleted-enum-value-is-not-a-finding"]
    }
  },
  "proto/field-wire-compatible-type": {
    category: "abi",
    severity: "error",
    reference: "buf FIELD_WIRE_COMPATIBLE_TYPE",
    summary: "A field's type changed to one whose bytes do not decode as the old type.",
    why: "Allowed swaps: int32/uint32/int64/uint64/bool (and enums, all varints); sint32\u2194sint64; fixed32\u2194sfixed32; fixed64\u2194sfixed64; string\u2192bytes; an enum renamed with the same short name that keeps every value. bytes\u2192string is reported (bytes need not be valid UTF-8). A length-prefixed message becoming delimited (group / `features.message_encoding = DELIMITED`) or vice versa is reported.",
    fix: "**Fix:** add a new field with a new number and deprecate the old one.",
    fixtures: {
      positive: [
        "field-wire-compatible-type",
        "editions-delimited-encoding-is-wire-type",
        "extension-field-type-change-is-wire-type",
        "map-value-type-change-is-wire-type",
        "proto2-group-to-message-is-wire-type"
      ],
      negative: ["int32-to-int64-is-wire-compatible"]
    }
  },
  "proto/field-wire-compatible-cardinality": {
    category: "abi",
    severity: "error",
    reference: "buf FIELD_WIRE_COMPATIBLE_CARDINALITY",
    summary: "A field moved between singular (optional or implicit presence), `required`, and repeated/map.",
    why: "Readers of the old shape drop or reject the data. Optional \u2194 implicit presence is the same on the wire.",
    fix: "**Fix:** a new field with a new number.",
    fixtures: {
      positive: ["field-wire-compatible-cardinality"],
      negative: ["proto3-to-editions-keeps-semantics-is-not-a-finding"]
    }
  },
  "proto/field-same-oneof": {
    category: "abi",
    severity: "error",
    reference: "buf FIELD_SAME_ONEOF",
    summary: "A field moved into, out of, or between oneofs (proto3 `optional` does not count).",
    why: "Setting one member clears the others, so old and new code disagree about which fields survive a round trip.",
    fix: "**Fix:** keep the field where it was; add new fields to the new oneof.",
    fixtures: { positive: ["field-same-oneof"], negative: ["field-made-proto3-optional-is-not-a-oneof-move"] }
  },
  "proto/field-same-default": {
    category: "abi",
    severity: "error",
    reference: "buf FIELD_SAME_DEFAULT",
    summary: "The default of a field with explicit presence changed.",
    why: "Values compare by value: `123` equals `123.0`, an enum default equals its number. Readers built from the old schema report the old default for unset fields.",
    fix: "**Fix:** keep the default; handle the new value in code.",
    fixtures: { positive: ["field-same-default"], negative: ["field-default-respelled-is-not-a-finding"] }
  },
  "proto/message-same-required-fields": {
    category: "abi",
    severity: "error",
    reference: "buf MESSAGE_SAME_REQUIRED_FIELDS",
    summary: "A `required` field (proto2, or editions `field_presence = LEGACY_REQUIRED`) was added or stopped being required.",
    why: "Parsers reject messages missing a required field, so either old writers or old readers fail.",
    fix: "**Fix:** add the field as optional instead; never change required-ness.",
    fixtures: {
      positive: ["message-same-required-fields", "proto2-required-to-optional-is-cardinality-and-required"],
      negative: ["added-optional-field-is-not-a-finding"]
    }
  },
  "proto/file-same-package": {
    category: "abi",
    severity: "error",
    reference: "buf FILE_SAME_PACKAGE",
    summary: "The file's `package` changed.",
    why: "Every type's full name and every RPC path (`/pkg.Service/Method`) changed, so `Any` payloads and gRPC calls from old clients no longer resolve.",
    fix: "**Fix:** create the new package alongside the old one and migrate.",
    fixtures: { positive: ["file-same-package"], negative: ["removed-file-split-into-two-is-not-a-deletion"] }
  },
  "proto/rpc-same-request-type": {
    category: "abi",
    severity: "error",
    reference: "buf RPC_SAME_REQUEST_TYPE",
    summary: "An RPC now takes another message type.",
    why: "Generated stubs stop compiling and old peers decode the wrong message.",
    fix: "**Fix:** add a new RPC.",
    fixtures: { positive: ["rpc-same-request-type"], negative: ["rpc-types-written-fully-qualified-are-the-same"] }
  },
  "proto/rpc-same-response-type": {
    category: "abi",
    severity: "error",
    reference: "buf RPC_SAME_RESPONSE_TYPE",
    summary: "An RPC now returns another message type.",
    why: "Generated stubs stop compiling and old peers decode the wrong message.",
    fix: "**Fix:** add a new RPC.",
    fixtures: { positive: ["rpc-same-response-type"], negative: ["rpc-types-written-fully-qualified-are-the-same"] }
  },
  "proto/rpc-same-client-streaming": {
    category: "abi",
    severity: "error",
    reference: "buf RPC_SAME_CLIENT_STREAMING",
    summary: "An RPC switched between a unary and a streaming request.",
    why: "The call shape on the wire differs and old clients fail.",
    fix: "**Fix:** add a new RPC.",
    fixtures: { positive: ["rpc-same-client-streaming"], negative: ["rpc-types-written-fully-qualified-are-the-same"] }
  },
  "proto/rpc-same-server-streaming": {
    category: "abi",
    severity: "error",
    reference: "buf RPC_SAME_SERVER_STREAMING",
    summary: "An RPC switched between a unary and a streaming response.",
    why: "The call shape on the wire differs and old clients fail.",
    fix: "**Fix:** add a new RPC.",
    fixtures: { positive: ["rpc-same-server-streaming"], negative: ["rpc-types-written-fully-qualified-are-the-same"] }
  },
  "proto/rpc-same-idempotency-level": {
    category: "abi",
    severity: "error",
    reference: "buf RPC_SAME_IDEMPOTENCY_LEVEL",
    summary: "`option idempotency_level` of an RPC changed.",
    why: "Clients may use GET or retry calls that are no longer safe to repeat (or stop doing so).",
    fix: "**Fix:** keep the level, or add a new RPC.",
    fixtures: {
      positive: ["rpc-same-idempotency-level"],
      negative: ["rpc-types-written-fully-qualified-are-the-same"]
    }
  },
  "proto/message-no-delete": {
    category: "abi",
    severity: "error",
    reference: "buf MESSAGE_NO_DELETE",
    summary: "A message was deleted: it is gone from the file and no changed file declares it now.",
    why: DELETED_TYPE,
    fix: DEPRECATE,
    fixtures: {
      positive: ["message-no-delete", "removed-proto-file-deletes-its-types"],
      negative: ["message-moved-to-another-file-is-compared-there", "removed-file-split-into-two-is-not-a-deletion"]
    }
  },
  "proto/enum-no-delete": {
    category: "abi",
    severity: "error",
    reference: "buf ENUM_NO_DELETE",
    summary: "An enum was deleted: it is gone from the file and no changed file declares it now.",
    why: DELETED_TYPE,
    fix: DEPRECATE,
    fixtures: { positive: ["enum-no-delete"], negative: ["reordered-declarations-is-not-a-finding"] }
  },
  "proto/service-no-delete": {
    category: "abi",
    severity: "error",
    reference: "buf SERVICE_NO_DELETE",
    summary: "A service was deleted: it is gone from the file and no changed file declares it now.",
    why: DELETED_TYPE,
    fix: DEPRECATE,
    fixtures: {
      positive: ["service-no-delete", "removed-proto-file-deletes-its-types"],
      negative: ["removed-file-split-into-two-is-not-a-deletion"]
    }
  },
  "proto/rpc-no-delete": {
    category: "abi",
    severity: "error",
    reference: "buf RPC_NO_DELETE",
    summary: "An RPC was deleted from a service that is still there.",
    why: DELETED_TYPE,
    fix: DEPRECATE,
    fixtures: { positive: ["rpc-no-delete"], negative: ["rpc-types-written-fully-qualified-are-the-same"] }
  },
  "proto/enum-same-type": {
    category: "abi",
    severity: "error",
    reference: "buf ENUM_SAME_TYPE",
    summary: "An enum changed between open (proto3, editions default) and closed (proto2, editions `features.enum_type = CLOSED`).",
    why: "Closed enums put unknown values into unknown fields, open ones keep them, so the same bytes read differently. Checked with either rule set.",
    fix: "**Fix:** keep the enum type.",
    fixtures: { positive: ["enum-same-type"], negative: ["proto3-to-editions-keeps-semantics-is-not-a-finding"] }
  },
  "proto/field-same-utf8-validation": {
    category: "abi",
    severity: "error",
    reference: "buf FIELD_SAME_UTF8_VALIDATION",
    summary: "A string field's (or string map key's) UTF-8 validation changed.",
    why: "proto2 is `NONE`, proto3 `VERIFY`, editions `features.utf8_validation`. Turning it on makes parsers reject data they accepted. Checked with either rule set.",
    fix: "**Fix:** keep the setting.",
    fixtures: {
      positive: ["field-same-utf8-validation"],
      negative: ["proto3-to-editions-keeps-semantics-is-not-a-finding"]
    }
  },
  "proto/field-same-name": {
    category: "abi",
    severity: "error",
    reference: "buf FIELD_SAME_NAME",
    optIn: PROTO_WIRE_JSON,
    summary: "A field kept its number but changed its name.",
    why: "JSON and text-format clients use the name.",
    fix: "**Fix:** add a new field, or set `json_name` to the old name.",
    fixtures: { positive: ["field-same-name"], negative: ["wire-json-compatible-changes-are-not-findings"] }
  },
  "proto/field-same-json-name": {
    category: "abi",
    severity: "error",
    reference: "buf FIELD_SAME_JSON_NAME",
    optIn: PROTO_WIRE_JSON,
    summary: "A field's JSON name (explicit `json_name` or the lowerCamel default) changed.",
    why: "JSON clients send and read the old key.",
    fix: "**Fix:** keep the JSON name.",
    fixtures: {
      positive: ["field-same-json-name", "field-same-name"],
      negative: ["wire-json-compatible-changes-are-not-findings"]
    }
  },
  "proto/enum-value-same-name": {
    category: "abi",
    severity: "error",
    reference: "buf ENUM_VALUE_SAME_NAME",
    optIn: PROTO_WIRE_JSON,
    summary: "An enum number is now spelled differently (aliases included).",
    why: "JSON carries enum names, so JSON written with the old name no longer parses.",
    fix: "**Fix:** keep the old name as an alias (`option allow_alias = true;`).",
    fixtures: { positive: ["enum-value-same-name"], negative: ["wire-json-compatible-changes-are-not-findings"] }
  },
  "proto/field-no-delete-unless-name-reserved": {
    category: "abi",
    severity: "error",
    reference: "buf FIELD_NO_DELETE_UNLESS_NAME_RESERVED",
    optIn: PROTO_WIRE_JSON,
    summary: "A field was deleted without reserving its name.",
    why: "The JSON key can be reused with another meaning, and old JSON clients still send it.",
    fix: '**Fix:** `reserved "<name>";`.',
    fixtures: {
      positive: ["field-no-delete-unless-name-reserved"],
      negative: ["wire-json-compatible-changes-are-not-findings"]
    }
  },
  "proto/enum-value-no-delete-unless-name-reserved": {
    category: "abi",
    severity: "error",
    reference: "buf ENUM_VALUE_NO_DELETE_UNLESS_NAME_RESERVED",
    optIn: PROTO_WIRE_JSON,
    summary: "An enum value was deleted without reserving its name.",
    why: "The enum name can be reused with another meaning, and old JSON clients still send it.",
    fix: '**Fix:** `reserved "<name>";`.',
    fixtures: {
      positive: ["enum-value-no-delete-unless-name-reserved"],
      negative: ["wire-json-compatible-changes-are-not-findings"]
    }
  },
  "proto/field-wire-json-compatible-type": {
    category: "abi",
    severity: "error",
    reference: "buf FIELD_WIRE_JSON_COMPATIBLE_TYPE",
    optIn: PROTO_WIRE_JSON,
    summary: "A type change that keeps the wire encoding but not the JSON one.",
    why: "32-bit integers are JSON numbers, 64-bit ones strings, enums names, bytes base64 (int32\u2192int64 and enum\u2192int32 are reported here).",
    fix: "**Fix:** a new field.",
    fixtures: {
      positive: ["field-wire-json-compatible-type", "int32-to-int64-breaks-json-when-wire-json"],
      negative: ["wire-json-compatible-changes-are-not-findings"]
    }
  },
  "proto/field-wire-json-compatible-cardinality": {
    category: "abi",
    severity: "error",
    reference: "buf FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY",
    optIn: PROTO_WIRE_JSON,
    summary: "A field's cardinality changed in a way its JSON sees.",
    why: "As `proto/field-wire-compatible-cardinality`, and also repeated \u2194 map (same bytes, different JSON: array vs object).",
    fix: "**Fix:** a new field.",
    fixtures: {
      positive: ["field-wire-json-compatible-cardinality"],
      negative: ["wire-json-compatible-changes-are-not-findings"]
    }
  },
  "proto/enum-same-json-format": {
    category: "abi",
    severity: "error",
    reference: "buf ENUM_SAME_JSON_FORMAT",
    optIn: PROTO_WIRE_JSON,
    summary: "An enum went from `json_format = ALLOW` to `LEGACY_BEST_EFFORT`.",
    why: JSON_FORMAT,
    fix: "**Fix:** keep `ALLOW`.",
    fixtures: { positive: ["enum-same-json-format"], negative: ["json-format-allowed-again-is-not-a-finding"] }
  },
  "proto/message-same-json-format": {
    category: "abi",
    severity: "error",
    reference: "buf MESSAGE_SAME_JSON_FORMAT",
    optIn: PROTO_WIRE_JSON,
    summary: "A message went from `json_format = ALLOW` to `LEGACY_BEST_EFFORT`.",
    why: JSON_FORMAT,
    fix: "**Fix:** keep `ALLOW`.",
    fixtures: { positive: ["message-same-json-format"], negative: ["json-format-allowed-again-is-not-a-finding"] }
  }
});

export {
  PROTO_WIRE_JSON,
  protoRules
};
