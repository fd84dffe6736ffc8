import { describe, expect, it } from "@jest/globals";
import { parseProto } from "../../../src/detectors/proto/parse-proto.js";
import { jsonCompatibleKinds, wireCompatibleKinds } from "../../../src/detectors/proto/field-kind.js";
import type { ProtoFile } from "../../../src/detectors/proto/model.js";

function parsed(source: string): ProtoFile {
  const r = parseProto(source);
  if (!r.ok) throw new Error(r.reason);
  return r.file;
}

const BODY = `
message M {
  string s = 1;
  int32 i = 2;
  Color c = 3;
}
enum Color {
  COLOR_UNSPECIFIED = 0;
}
`;

describe("syntax defaults and editions features", () => {
  it.each([
    ['syntax = "proto2";', "proto2", true, "NONE", "LEGACY_BEST_EFFORT", "explicit"],
    ['syntax = "proto3";', "proto3", false, "VERIFY", "ALLOW", "implicit"],
    ['edition = "2023";', "editions", false, "VERIFY", "ALLOW", "explicit"],
  ])("%s resolves to the %s defaults", (head, syntax, closed, utf8, json, presence) => {
    const body = head.startsWith('syntax = "proto2"')
      ? BODY.replace("string s", "optional string s")
          .replace("int32 i", "optional int32 i")
          .replace("Color c", "optional Color c")
      : BODY;
    const file = parsed(`${head}\npackage p;\n${body}`);
    expect(file.syntax).toBe(syntax);
    expect(file.enums.get("p.Color")!.closed).toBe(closed);
    const m = file.messages.get("p.M")!;
    expect(m.fields.get(1)!.utf8).toBe(utf8);
    expect(m.jsonFormat).toBe(json);
    expect(m.fields.get(2)!.cardinality).toBe(presence);
  });

  it("lets file, message and field features override the edition defaults, nearest first", () => {
    const file = parsed(`edition = "2023";
package p;
option features.enum_type = CLOSED;
option features.utf8_validation = NONE;
message M {
  option features.field_presence = IMPLICIT;
  string s = 1 [features.utf8_validation = VERIFY];
  string t = 2;
  int32 r = 3 [features.field_presence = LEGACY_REQUIRED];
  int32 i = 4;
}
enum Color {
  option features.enum_type = OPEN;
  COLOR_UNSPECIFIED = 0;
}
enum Shade {
  SHADE_UNSPECIFIED = 0;
}
`);
    const m = file.messages.get("p.M")!;
    expect(m.fields.get(1)!.utf8).toBe("VERIFY");
    expect(m.fields.get(2)!.utf8).toBe("NONE");
    expect(m.fields.get(3)!.cardinality).toBe("required");
    expect(m.fields.get(4)!.cardinality).toBe("implicit");
    expect(file.enums.get("p.Color")!.closed).toBe(false);
    expect(file.enums.get("p.Shade")!.closed).toBe(true);
  });

  it("treats proto3 `optional` as explicit presence and not as a oneof", () => {
    const f = parsed(`syntax = "proto3";\npackage p;\nmessage M { optional int32 x = 1; }`)
      .messages.get("p.M")!
      .fields.get(1)!;
    expect(f.cardinality).toBe("explicit");
    expect(f.oneof).toBeUndefined();
  });

  it("resolves defaults by value and json names like protoc", () => {
    const m = parsed(`syntax = "proto2";
package p;
message M {
  optional double d = 1 [default = 123];
  optional Color c = 2 [default = RED];
  optional string user_id = 3 [json_name = "uid"];
  optional string order_line_id = 4;
}
enum Color { BLACK = 0; RED = 1; }
`).messages.get("p.M")!;
    expect(m.fields.get(1)!.defaultValue).toBe("123");
    expect(m.fields.get(2)!.defaultValue).toBe("1");
    expect(m.fields.get(3)!.jsonName).toBe("uid");
    expect(m.fields.get(4)!.jsonName).toBe("orderLineId");
  });
});

describe("encoding-compatible type swaps", () => {
  it.each([
    ["int32", "int64", true, false],
    ["uint32", "bool", true, false],
    ["int32", "uint32", true, true],
    ["sint32", "sint64", true, false],
    ["fixed32", "sfixed32", true, true],
    ["fixed64", "sfixed64", true, true],
    ["string", "bytes", true, false],
    ["bytes", "string", false, false],
    ["int32", "sint32", false, false],
    ["enum", "int32", true, false],
    ["message", "group", false, false],
    ["float", "double", false, false],
  ])("%s → %s: wire %s, JSON %s", (before, after, wire, json) => {
    expect(wireCompatibleKinds(before, after)).toBe(wire);
    expect(jsonCompatibleKinds(before, after)).toBe(json);
  });
});
