import { describe, expect, it } from "@jest/globals";
import { changeSetFromTrees } from "../../../src/engine/from-trees.js";
import { review } from "../../../src/engine/review.js";
import { defaultConfig } from "../../../src/config/defaults.js";
import { generateProto, messagesForBytes } from "../../../bench/proto-ts/generate-proto.js";

const PATH = "proto/acme/orders/v1/orders.proto";
const VALID = `syntax = "proto3";

package acme.orders.v1;

message Order {
  string id = 1;
  int64 total_cents = 2;
  repeated string notes = 3;
}

service OrderService {
  rpc GetOrder(Order) returns (Order);
}
`;

async function reviewPair(before: string, after: string) {
  const cs = changeSetFromTrees({ before: { [PATH]: before }, after: { [PATH]: after } });
  return (await review(cs, defaultConfig())).findings;
}

/** Deterministic "random" bytes, so a failure reproduces. */
function garbage(length: number): string {
  let x = 2463534242;
  let out = "";
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out += String.fromCharCode((x >>> 0) % 256);
  }
  return out;
}

describe("proto detector on input it cannot fully read", () => {
  it("reports a truncated head file as parse-failed with the parser's line and keeps the generic finding", async () => {
    const truncated = VALID.slice(0, VALID.indexOf("int64 total_cents") + 5);
    const findings = await reviewPair(VALID, truncated);
    const failed = findings.find((f) => f.ruleId === "proto/parse-failed");
    expect(failed).toMatchObject({ severity: "warning", path: PATH });
    expect(failed!.line).toBeGreaterThan(1);
    expect(failed!.message).toMatch(/could not parse the head version/);
    expect(findings.map((f) => f.ruleId)).toContain("interface/changed");
  });

  it("reports binary garbage as parse-failed instead of throwing", async () => {
    const findings = await reviewPair(VALID, garbage(4096));
    expect(findings.map((f) => f.ruleId).sort()).toEqual(["interface/changed", "proto/parse-failed"]);
  });

  it("reports an unparseable base version against line 1 and says it was the base", async () => {
    const findings = await reviewPair('syntax = "proto3";\nmessage {', VALID);
    const failed = findings.find((f) => f.ruleId === "proto/parse-failed")!;
    expect(failed.line).toBe(1);
    expect(failed.message).toMatch(/base version/);
  });

  it("survives nesting deep enough to exhaust the parser's stack", async () => {
    const deep = `syntax = "proto3";\n` + "message A { ".repeat(20000) + "}".repeat(20000);
    const findings = await reviewPair(VALID, deep);
    expect(findings.map((f) => f.ruleId)).toContain("interface/changed");
    expect(findings.map((f) => f.ruleId)).not.toContain("engine/detector-failed");
  });

  it("treats an emptied file as one that declares nothing, not as a parse failure", async () => {
    const findings = await reviewPair(VALID, "");
    expect(findings.map((f) => f.ruleId).sort()).toEqual([
      "proto/file-same-package",
      "proto/message-no-delete",
      "proto/service-no-delete",
    ]);
  });

  it("finishes a 5 MB generated file with a finding or a budget notice, never a crash", async () => {
    const before = generateProto({ messages: messagesForBytes(5 * 1024 * 1024) });
    expect(before.length).toBeGreaterThan(5_000_000);
    const after = before.replace("  int64 field_1 = 1; // field 1\n", "");
    const ids = (await reviewPair(before, after)).map((f) => f.ruleId);
    const analysed = ids.includes("proto/field-no-delete-unless-number-reserved");
    const stopped = ids.includes("engine/budget-exceeded") && ids.includes("interface/changed");
    expect(analysed || stopped).toBe(true);
    expect(ids).not.toContain("engine/detector-failed");
  });
});
