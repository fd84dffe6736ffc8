import { describe, expect, it } from "@jest/globals";
import { changeSetFromTrees } from "../../../src/engine/from-trees.js";
import { review } from "../../../src/engine/review.js";
import { defaultConfig } from "../../../src/config/defaults.js";

const BEFORE = `syntax = "proto3";

package acme.v1;

message Order {
  string id = 1;
}
`;
const AFTER = `${BEFORE}
enum Status {
  STATUS_UNSPECIFIED = 0;
}

service Orders {
  rpc Get(Order) returns (Order);
}
`;

describe("proto symbols for cross-detector rules", () => {
  it("lists messages, enums, services and RPCs by full name with their lines, on both sides", async () => {
    const cs = changeSetFromTrees({ before: { "api/orders.proto": BEFORE }, after: { "api/orders.proto": AFTER } });
    const result = await review(cs, defaultConfig());
    const proto = (list: typeof result.symbols.after) =>
      list.filter((s) => s.path === "api/orders.proto").map(({ name, kind, line }) => ({ name, kind, line }));
    expect(proto(result.symbols.before)).toEqual([{ name: "acme.v1.Order", kind: "message", line: 5 }]);
    expect(proto(result.symbols.after)).toEqual([
      { name: "acme.v1.Order", kind: "message", line: 5 },
      { name: "acme.v1.Status", kind: "enum", line: 9 },
      { name: "acme.v1.Orders", kind: "service", line: 13 },
      { name: "acme.v1.Orders.Get", kind: "rpc", line: 14 },
    ]);
    // only additions: nothing to state, and the generic finding is replaced
    expect(result.findings.filter((f) => f.path === "api/orders.proto")).toEqual([]);
  });
});
