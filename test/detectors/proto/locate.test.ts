import { describe, expect, it } from "@jest/globals";
import { locate } from "../../../src/detectors/proto/locate.js";
import { readTokens } from "../../../src/detectors/proto/tokens.js";
import { parseProto } from "../../../src/detectors/proto/parse-proto.js";

const SOURCE = `syntax = "proto2";
// a comment with a brace {
package acme.v1;

/* block comment } with a closing brace */
message Order {
  option (acme.note) = "not a scope {";
  required string id = 1 [(acme.rule) = { min_len: 1 }];
  optional group Extra = 2 {
    optional int32 weight = 1;
  }
  oneof payment {
    string card = 3;
    string iban = 4;
  }
  enum Kind {
    KIND_A = 0 [(acme.label) = { text: "}" }];
    KIND_B = 1;
  }
  map<string, int64> counts = 5;
}

service Orders {
  rpc Get(Order) returns (Order) {
    option idempotency_level = NO_SIDE_EFFECTS;
  }
  rpc List(Order) returns (stream Order);
}
`;

describe("locate: lines from protobufjs's tokenizer", () => {
  const where = locate(readTokens(SOURCE));
  const line = (key: string) => where.spans.get(key)?.line;

  it("reads syntax and the package line", () => {
    expect(where.syntax).toBe("proto2");
    expect(where.packageLine).toBe(3);
  });

  it("gives messages, nested enums and services their start and end lines, ignoring braces in comments and strings", () => {
    expect(where.spans.get("acme.v1.Order")).toEqual({ line: 6, endLine: 21 });
    expect(where.spans.get("acme.v1.Order.Kind")).toEqual({ line: 16, endLine: 19 });
    expect(where.spans.get("acme.v1.Orders")).toEqual({ line: 23, endLine: 28 });
  });

  it("finds fields by number, inside oneofs, groups and maps, and with aggregate options", () => {
    expect([1, 2, 3, 4, 5].map((n) => line(`acme.v1.Order#${n}`))).toEqual([8, 9, 13, 14, 20]);
    expect(line("acme.v1.Order.Extra#1")).toBe(10);
  });

  it("finds enum values (even with a brace inside an option string) and RPCs with or without a body", () => {
    expect(line("acme.v1.Order.Kind#KIND_A")).toBe(17);
    expect(line("acme.v1.Order.Kind#KIND_B")).toBe(18);
    expect(line("acme.v1.Orders/Get")).toBe(24);
    expect(line("acme.v1.Orders/List")).toBe(27);
  });

  it("feeds the same lines into the parsed model", () => {
    const parsed = parseProto(SOURCE);
    if (!parsed.ok) throw new Error(parsed.reason);
    const order = parsed.file.messages.get("acme.v1.Order")!;
    expect(order.fields.get(1)).toMatchObject({ line: 8, cardinality: "required", kind: "string" });
    expect(order.fields.get(2)).toMatchObject({ line: 9, kind: "group" });
    expect(order.fields.get(3)).toMatchObject({ oneof: "payment" });
    expect(order.fields.get(5)).toMatchObject({ cardinality: "map", map: { key: "string", valueKind: "int64" } });
    expect(parsed.file.services.get("acme.v1.Orders")!.rpcs.get("Get")).toMatchObject({
      idempotency: "NO_SIDE_EFFECTS",
      serverStreaming: false,
    });
  });
});
