import { describe, expect, it } from "@jest/globals";
import { protoDetector } from "../../../src/detectors/proto/index.js";
import { defaultConfig } from "../../../src/config/defaults.js";
import { changeSetFromTrees } from "../../../src/engine/from-trees.js";

const BASE = `syntax = "proto2";

package acme.v1;

import "google/protobuf/descriptor.proto";

// Orders.
message Order {
  required string id = 1 [default = "x"];
  optional int64 total = 2;
  repeated string notes = 3;
  map<string, int32> counts = 4;
  oneof pay { string card = 5; string iban = 6; }
  optional group Extra = 7 { optional int32 w = 1; }
  reserved 10 to 12;
  reserved "old";
  extensions 100 to 200;
  enum Kind { option allow_alias = true; A = 0; B = 1; C = 1; }
}

extend Order { optional string tag = 100; }

service Orders {
  rpc Get(Order) returns (stream Order) { option idempotency_level = NO_SIDE_EFFECTS; }
}
`;

const TOKENS = [
  "{",
  "}",
  ";",
  "=",
  "message",
  "enum",
  "oneof",
  '"',
  "[",
  "]",
  "reserved",
  "max",
  "to",
  "-1",
  "group",
  "stream",
  "//",
  "/*",
  "\u0000",
  "édition",
];

function rng(seed: number) {
  let x = seed >>> 0 || 1;
  return (n: number) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
}

/** One random edit: drop, duplicate or swap a line, or splice a token into one. */
function mutate(text: string, pick: (n: number) => number): string {
  const lines = text.split("\n");
  const i = pick(lines.length);
  const j = pick(lines.length);
  switch (pick(4)) {
    case 0:
      lines.splice(i, 1);
      break;
    case 1:
      lines.splice(i, 0, lines[j]);
      break;
    case 2:
      [lines[i], lines[j]] = [lines[j], lines[i]];
      break;
    default: {
      const at = pick(lines[i].length + 1);
      lines[i] = lines[i].slice(0, at) + TOKENS[pick(TOKENS.length)] + lines[i].slice(at);
    }
  }
  return lines.join("\n");
}

function analyze(before: string, after: string) {
  const cs = changeSetFromTrees({ before: { "a.proto": before }, after: { "a.proto": after } });
  const pair = cs.files[0] ?? { path: "a.proto", status: "modified" as const, before, after, hunks: [] };
  return protoDetector.analyze!(pair, { config: defaultConfig(), changeSet: cs, checkBudget() {} });
}

describe("proto detector under random edits", () => {
  it("never throws, always returns a well-formed output, and finds nothing comparing a version with itself", () => {
    const pick = rng(20261122);
    let parsedCount = 0;
    for (let round = 0; round < 300; round++) {
      let after = BASE;
      for (let k = 1 + pick(3); k > 0; k--) after = mutate(after, pick);
      const out = analyze(BASE, after);
      for (const f of out.findings) {
        expect(f.ruleId).toMatch(/^proto\/[a-z0-9-]+$/);
        expect(Number.isInteger(f.line) && f.line >= 1).toBe(true);
      }
      if (!out.parsed) expect(out.findings.map((f) => f.ruleId)).toEqual(["proto/parse-failed"]);
      else {
        parsedCount++;
        const self = protoDetector.analyze!(
          { path: "a.proto", status: "modified", before: after, after, hunks: [] },
          { config: defaultConfig(), changeSet: changeSetFromTrees({ before: {}, after: {} }), checkBudget() {} },
        );
        expect(self.findings).toEqual([]);
      }
    }
    // the edits must exercise both paths, or the test proves little
    expect(parsedCount).toBeGreaterThan(20);
    expect(parsedCount).toBeLessThan(300);
  });
});
