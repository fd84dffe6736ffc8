/**
 * Security issue 11, items 2 and 4: inputs that crashed the process or ran in quadratic time are
 * now analysed in full, in steps linear in their size. Each test runs the attack at the size the
 * issue reported, in this process (no isolation to hide behind): the old code aborted the process
 * (item 2) or ran for minutes to hours (item 4), past the test's timeout. Complexity is shown by
 * counting work, not by timing.
 */
import { describe, expect, it } from "@jest/globals";
import protobuf from "protobufjs";
import { review } from "../../src/engine/review.js";
import { changeSetFromTrees } from "../../src/engine/from-trees.js";
import { defaultConfig } from "../../src/config/defaults.js";
import { hunksBetween } from "../../src/engine/hunks.js";
import { reverseApplyHunks } from "../../src/engine/reverse-hunks.js";
import { structuredPatch } from "diff";
import { jsonKeyLines } from "../../src/detectors/manifest/json-lines.js";
import { parseProto } from "../../src/detectors/proto/parse-proto.js";
import { allLinesChanged, deepExports, manyExports, manyFieldsProto } from "../../bench/isolation/attacks.js";
import type { Attack } from "../../bench/isolation/attacks.js";

const reviewOf = (attack: Attack) => review(changeSetFromTrees(attack), defaultConfig());
const ruleIds = (findings: { ruleId: string }[]) => [...new Set(findings.map((f) => f.ruleId))].sort();

describe("item 2: a package.json whose exports nest 1,200 deep", () => {
  it("is analysed (the exports change is found) instead of aborting the process", async () => {
    const r = await reviewOf(deepExports());
    expect(ruleIds(r.findings)).toEqual([
      "manifest/breaking-without-major-bump",
      "manifest/exports-condition-removed",
      "manifest/exports-subpath-removed",
    ]);
    expect(r.conclusion).toBe("action_required");
  });

  it("locates keys without recursion: 100,000 levels of nesting scan once", () => {
    const text = `{"a":${'{"b":'.repeat(100_000)}1${"}".repeat(100_000)},\n"version":"1.0.0"}`;
    const at = jsonKeyLines(text);
    expect(at(["version"])).toBe(2);
    expect(at(["a", "b", "b"])).toBe(1);
    expect(at(["missing"])).toBe(1);
  });
});

describe("item 4: steps that were quadratic", () => {
  it("parses a 15,000-field message with the id cache built once, not once per field", () => {
    const attack = manyFieldsProto(15_000);
    // Type#add reads `fieldsById`, a cache it rebuilds from every field whenever it is empty
    const add = protobuf.Type.prototype.add;
    let rebuilds = 0;
    protobuf.Type.prototype.add = function (this: protobuf.Type & { _fieldsById: unknown }, object) {
      if (!this._fieldsById) rebuilds++;
      return add.call(this, object);
    };
    try {
      const parsed = parseProto(attack.after["proto/big.proto"]!);
      expect(parsed.ok && parsed.file.messages.get("big.M")?.fields.size).toBe(15_000);
    } finally {
      protobuf.Type.prototype.add = add;
    }
    // protobufjs 8 alone rebuilds it once per added field: 15,000 scans of up to 15,000 fields
    expect(rebuilds).toBeLessThanOrEqual(2);
  });

  it("finds the changed field type in a 345 KB .proto", async () => {
    const r = await reviewOf(manyFieldsProto(15_000));
    expect(r.findings.map((f) => `${f.ruleId} ${f.symbol}`)).toEqual(["proto/field-wire-compatible-type big.M.f7"]);
  });

  it("rejects reserved numbers and names as protobufjs did, checked once after the parse", () => {
    const reserved = (body: string) => parseProto(`syntax = "proto3";\nmessage M {\n${body}\n}\n`);
    expect(reserved("  reserved 2 to 4, 9;\n  int32 a = 3;")).toMatchObject({
      ok: false,
      reason: "id 3 is reserved in Type .M",
    });
    expect(reserved('  reserved "a";\n  int32 a = 1;')).toMatchObject({
      ok: false,
      reason: "name 'a' is reserved in Type .M",
    });
    expect(reserved("  reserved 2 to 4;\n  int32 a = 5;")).toMatchObject({ ok: true });
    const enumValue = parseProto('syntax = "proto3";\nenum E {\n  reserved 2;\n  A = 0;\n  B = 2;\n}\n');
    expect(enumValue).toMatchObject({ ok: false, reason: "id 2 is reserved in Enum .E" });
  });

  it("maps the lines of a package.json with 100,000 exports and reports each removed subpath", async () => {
    const attack = manyExports(100_000);
    const r = await reviewOf(attack);
    const removed = r.findings.filter((f) => f.ruleId === "manifest/exports-subpath-removed");
    expect(removed).toHaveLength(10_000);
    expect(removed.every((f) => f.line === 4)).toBe(true);
    const at = jsonKeyLines(attack.after["package.json"]!);
    expect(at(["exports", "./m99999"])).toBe(90_004);
    expect(at(["exports", "./m5"])).toBe(4); // removed from the head: its nearest ancestor
  });

  it("diffs a 100,000-line file whose every line changed as one exact hunk", () => {
    const { before, after } = allLinesChanged(100_000);
    const a = before["include/codes.h"]!;
    const b = after["include/codes.h"]!;
    const hunks = hunksBetween(a, b);
    expect(hunks).toHaveLength(1);
    expect(hunks[0]).toMatchObject({ oldStart: 1, newStart: 1, oldLines: 100_005, newLines: 100_005 });
    expect(reverseApplyHunks(b, hunks)).toBe(a);
  });

  it("gives the same hunk as the full diff whenever the change is one block", () => {
    const cases: [string, string][] = [
      ["a\nb\nc\nd\ne\nf\ng\nh\n", "a\nb\nc\nX\nY\nf\ng\nh\n"],
      ["a\nb\nc\n", "a\nb\nc"],
      ["", "x\ny\n"],
      ["x\ny\n", ""],
      ["1\n2\n3\n4\n5\n6\n7\n8\n9\n", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10"],
      ["p\nq", "p\nr"],
    ];
    for (const [before, after] of cases) {
      const full = structuredPatch("a", "b", before, after, "", "", { context: 3 }).hunks;
      expect(hunksBetween(before, after, 0)).toEqual(
        full.map(({ oldStart, oldLines, newStart, newLines, lines }) => ({
          oldStart,
          oldLines,
          newStart,
          newLines,
          lines,
        })),
      );
      expect(reverseApplyHunks(after, hunksBetween(before, after, 0))).toBe(before);
    }
  });
});
