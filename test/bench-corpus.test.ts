import { describe, expect, it } from "@jest/globals";
import { classifyVerdict, readVerdict, verdictNote } from "../bench/corpus/verdict.js";
import { predictFromFindings } from "../bench/corpus/predict.js";
import { ratios, rulesBehind, tallyVerdicts } from "../bench/corpus/tally.js";
import { bufRuleOf, enabledBufRules, ruleIdOf } from "../bench/corpus/buf-rules.js";
import { matchAnnotations } from "../bench/corpus/match-annotations.js";
import { headerPathFor, sourceOf } from "../bench/corpus/header-path.js";
import type { Severity } from "../src/engine/types.js";

const finding = (ruleId: string, severity: Severity = "error", path = "1.proto", line = 1) => ({
  ruleId,
  severity,
  path,
  line,
});

describe("corpus verdicts", () => {
  it("reads the first VERDICT token and ignores the qualifier", () => {
    expect(readVerdict("VERDICT: NO_REPORTED_CHANGE (filtered)\n# origin")).toBe("NO_REPORTED_CHANGE");
    expect(readVerdict("# no verdict line")).toBe("MISSING");
  });

  it("keeps the verdict's qualifier and ACC's binary/source severities for the verbose listing", () => {
    const text =
      "VERDICT: BREAKING (ABI + API/source)\n# origin\nABI_VERDICT: INCOMPATIBLE (Low)\nAPI_VERDICT: COMPATIBLE\n";
    expect(verdictNote(text)).toBe("(ABI + API/source); ABI INCOMPATIBLE (Low); API COMPATIBLE");
    expect(verdictNote("VERDICT: NO_CHANGE\n")).toBe("");
    expect(verdictNote("VERDICT: BREAKING\n\n# origin: somewhere\n")).toBe("");
  });

  it("scores only upstream assertions; warnings, CHANGED and AMBIGUOUS stay unscored", () => {
    expect(
      ["BREAKING", "NON_BREAKING", "NO_ABI_CHANGE", "CHANGED", "AMBIGUOUS", "POTENTIALLY_BREAKING"].map(
        classifyVerdict,
      ),
    ).toEqual(["positive", "negative", "negative", "unscored", "unscored", "unscored"]);
  });
});

describe("predictFromFindings", () => {
  it("predicts breaking only from an error of a semantic rule", () => {
    expect(predictFromFindings([finding("interface/changed")])).toMatchObject({
      positive: false,
      outcome: "generic-only",
    });
    expect(predictFromFindings([finding("c/field-appended", "warning")])).toMatchObject({
      positive: false,
      outcome: "semantic-other",
    });
    expect(predictFromFindings([finding("c/parse-incomplete", "notice")])).toMatchObject({
      positive: false,
      outcome: "parse-incomplete",
    });
    expect(predictFromFindings([finding("c/field-removed"), finding("c/field-removed")])).toMatchObject({
      positive: true,
      errorRules: ["c/field-removed"],
    });
  });

  it("does not count engine failures or findings derived from other findings", () => {
    const out = predictFromFindings([
      finding("engine/detector-failed", "warning"),
      finding("manifest/breaking-without-major-bump"),
      finding("interface/changed"),
    ]);
    expect(out).toMatchObject({ positive: false, outcome: "generic-only" });
    expect(out.failed).toHaveLength(1);
  });
});

describe("tallies", () => {
  it("leaves precision undefined when nothing was predicted", () => {
    expect(ratios({ tp: 0, fp: 0, fn: 3 })).toEqual({ precision: null, recall: 0 });
    expect(ratios({ tp: 3, fp: 1, fn: 1 })).toEqual({ precision: 0.75, recall: 0.75 });
  });

  it("counts unscored cases apart, by what we said", () => {
    const t = tallyVerdicts([
      { expected: "positive", predicted: true, outcome: "semantic-error", verdict: "BREAKING", failed: 0 },
      { expected: "positive", predicted: false, outcome: "generic-only", verdict: "BREAKING", failed: 0 },
      { expected: "positive", predicted: false, outcome: "semantic-other", verdict: "BREAKING", failed: 0 },
      { expected: "negative", predicted: true, outcome: "semantic-error", verdict: "NON_BREAKING", failed: 1 },
      { expected: "unscored", predicted: true, outcome: "semantic-error", verdict: "CHANGED", failed: 0 },
    ]);
    expect(t).toMatchObject({
      tp: 1,
      fn: 2,
      fp: 1,
      tn: 0,
      seen: 2,
      unscored: 1,
      genericOnly: 1,
      unparsed: 0,
      failed: 1,
      precision: 0.5,
      recall: 1 / 3,
      recallAnySeverity: 2 / 3,
    });
    expect(t.unscoredOutcomes).toEqual({ "CHANGED:semantic-error": 1 });
  });
});

describe("rulesBehind", () => {
  it("credits each error rule of a predicted case to a true or a false positive, once per case", () => {
    const base = { outcome: "semantic-error" as const, verdict: "", failed: 0, predicted: true };
    expect(
      rulesBehind([
        { ...base, expected: "positive", errorRules: ["c/field-removed", "c/size-changed"] },
        { ...base, expected: "negative", errorRules: ["c/size-changed"] },
        { ...base, expected: "unscored", errorRules: ["c/size-changed"] },
        { ...base, expected: "negative", predicted: false, errorRules: [] },
      ]),
    ).toEqual({ "c/field-removed": { tp: 1, fp: 0 }, "c/size-changed": { tp: 1, fp: 1 } });
  });
});

describe("buf rules", () => {
  it("maps rule ids both ways", () => {
    expect(bufRuleOf("proto/field-no-delete-unless-number-reserved")).toBe("FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED");
    expect(bufRuleOf("c/field-removed")).toBeNull();
    expect(ruleIdOf("RPC_SAME_REQUEST_TYPE")).toBe("proto/rpc-same-request-type");
  });

  it("expands categories, applies except, and adds the rules the expectation lists", () => {
    const wire = enabledBufRules({ use: ["WIRE"] });
    expect(wire.has("FIELD_WIRE_COMPATIBLE_TYPE")).toBe(true);
    expect(wire.has("FIELD_SAME_TYPE")).toBe(false);
    const fileDefault = enabledBufRules(null);
    expect(fileDefault.has("MESSAGE_NO_DELETE")).toBe(true);
    expect(fileDefault.has("FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED")).toBe(false);
    expect(enabledBufRules({ except: ["SERVICE_NO_DELETE"] }).has("SERVICE_NO_DELETE")).toBe(false);
    expect(
      enabledBufRules({ use: ["FIELD_SAME_LABEL"] }, ["FIELD_SAME_CARDINALITY"]).has("FIELD_SAME_CARDINALITY"),
    ).toBe(true);
  });
});

describe("matchAnnotations", () => {
  const implemented = new Set(["FIELD_WIRE_COMPATIBLE_TYPE", "MESSAGE_NO_DELETE"]);

  it("matches rule, file and line span; the same rule on another line is found but flagged", () => {
    const out = matchAnnotations({
      expected: [
        { path: "1.proto", start_line: 8, end_line: 8, rule: "FIELD_WIRE_COMPATIBLE_TYPE" },
        { path: "1.proto", start_line: 9, end_line: 9, rule: "FIELD_WIRE_COMPATIBLE_TYPE" },
        { path: "2.proto", start_line: 3, end_line: 3, rule: "FIELD_WIRE_COMPATIBLE_TYPE" },
      ],
      findings: [
        finding("proto/field-wire-compatible-type", "error", "1.proto", 8),
        finding("proto/field-wire-compatible-type", "error", "1.proto", 12),
      ],
      enabled: new Set(["FIELD_WIRE_COMPATIBLE_TYPE"]),
      implemented,
    });
    expect(out).toMatchObject({ tp: 2, lineOff: 1, fn: 1, fp: 0 });
    expect(out.misses.map((m) => m.path)).toEqual(["2.proto"]);
  });

  it("counts rules we lack as not implemented, folds buf duplicates, and matches through wire counterparts", () => {
    const dup = { path: "1.proto", start_line: null, rule: "EXTENSION_MESSAGE_NO_DELETE" };
    const out = matchAnnotations({
      expected: [dup, dup, { path: "1.proto", start_line: 4, end_line: 4, rule: "FIELD_SAME_TYPE" }],
      findings: [finding("proto/field-wire-compatible-type", "error", "1.proto", 4)],
      enabled: new Set(["FIELD_SAME_TYPE", "EXTENSION_MESSAGE_NO_DELETE"]),
      implemented,
    });
    expect(out).toMatchObject({ tp: 1, viaCounterpart: 1, fn: 0, fp: 0, duplicates: 1 });
    expect(out.notImplemented).toEqual([dup]);
  });

  it("lets exact rules take their findings before counterparts, and does not count a twin finding on a matched line as a false alarm", () => {
    const line8 = { path: "1.proto", start_line: 8, end_line: 8 };
    const out = matchAnnotations({
      expected: [
        { ...line8, rule: "FIELD_SAME_CARDINALITY" },
        { ...line8, rule: "FIELD_WIRE_COMPATIBLE_CARDINALITY" },
      ],
      findings: [
        finding("proto/field-wire-compatible-cardinality", "error", "1.proto", 8),
        finding("proto/field-wire-json-compatible-cardinality", "error", "1.proto", 8),
      ],
      enabled: new Set(["FIELD_SAME_CARDINALITY", "FIELD_WIRE_COMPATIBLE_CARDINALITY"]),
      implemented: new Set(["FIELD_WIRE_COMPATIBLE_CARDINALITY", "FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY"]),
    });
    expect(out).toMatchObject({ tp: 2, viaCounterpart: 1, fn: 0, fp: 0 });
  });

  it("reports our findings of enabled rules that buf does not expect, and ignores rules outside the enabled set", () => {
    const out = matchAnnotations({
      expected: [],
      findings: [
        finding("proto/message-no-delete", "error", "a.proto", 2),
        finding("proto/field-same-default", "error", "a.proto", 3),
      ],
      enabled: new Set(["MESSAGE_NO_DELETE"]),
      implemented,
    });
    expect(out).toMatchObject({ fp: 1, tp: 0 });
    expect(out.falseAlarms.map((f) => f.ruleId)).toEqual(["proto/message-no-delete"]);
  });
});

describe("headerPathFor", () => {
  it("keeps real-world paths, puts kernel examples under include/uapi, and gives C++ cases .hpp", () => {
    expect(headerPathFor("realworld_libuv_x", "# origin: libuv/libuv  file include/uv.h\n")).toBe("include/uv.h");
    expect(headerPathFor("kerneldoc_acct", "# files: before.h = /usr/include/linux/acct.h from Debian")).toBe(
      "include/uapi/linux/acct.h",
    );
    expect(headerPathFor("acc_cpp_001_x", "")).toBe("include/acc_cpp_001_x.hpp");
    expect(headerPathFor("abigail_diff-dwarf_t", "# language: C++. NOTE")).toBe("include/abigail_diff-dwarf_t.hpp");
    expect(headerPathFor("acc_c_001_x", "# language: C\n")).toBe("include/acc_c_001_x.h");
    expect(sourceOf("breaking_field_same_type")).toBe("buf");
  });
});
