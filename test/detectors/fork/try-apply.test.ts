import { describe, expect, it } from "@jest/globals";
import { hunksBetween } from "../../../src/engine/hunks.js";
import { tryApplyUpstream } from "../../../src/detectors/fork/try-apply.js";

const base = ["a", "b", "c", "d", "e", "f", "g", "h"].join("\n") + "\n";
const head = base.replace("d\n", "D\n");

describe("tryApplyUpstream", () => {
  it("applies cleanly at the same place", () => {
    expect(tryApplyUpstream(base, hunksBetween(base, head))).toEqual({ applies: true, fuzz: 0, offsets: [0] });
  });

  it("reports the offset when upstream moved the lines", () => {
    expect(tryApplyUpstream("x\ny\n" + base, hunksBetween(base, head))).toEqual({ applies: true, fuzz: 0, offsets: [2] });
  });

  it("needs fuzz when a context line differs upstream", () => {
    const result = tryApplyUpstream(base.replace("b\n", "B\n"), hunksBetween(base, head));
    expect(result.applies).toBe(true);
    expect(result.fuzz).toBe(1);
    expect(result.offsets).toEqual([undefined]);
  });

  it("conflicts when upstream changed the removed line", () => {
    expect(tryApplyUpstream(base.replace("d\n", "d2\n"), hunksBetween(base, head)).applies).toBe(false);
  });
});
