import { describe, expect, it } from "@jest/globals";
import {
  judgeUnreleased,
  PRE_RELEASE,
  releaseCheckNotDone,
  releaseCheckReads,
  wantsReleaseCheck,
} from "../../src/engine/unreleased-interface.js";
import { decideVerdict, redecide } from "../../src/engine/verdict.js";
import { statementsOf } from "../../src/statements/parse-statements.js";
import { defaultConfig } from "../../src/config/defaults.js";
import type { ReleaseReview } from "../../src/engine/unreleased-interface.js";
import type { Config } from "../../src/config/types.js";
import type { Finding, Review, SymbolEntry } from "../../src/engine/types.js";

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: "c/function-removed",
  category: "abi",
  severity: "error",
  path: "json_object.h",
  line: 1,
  message: "Function `json_object_sizeof()` was removed; binaries calling it fail to link or load.",
  ...over,
});
const sym = (name: string, path = "json_object.h"): SymbolEntry => ({ name, kind: "function", path, line: 1 });

/** A review as the engine returns it: findings through the verdict pipeline, symbols as given. */
function reviewOf(
  findings: Finding[],
  symbols: Review["symbols"] = { before: [], after: [] },
  config = defaultConfig(),
) {
  return {
    ...decideVerdict({ findings, statements: statementsOf("", config), config }),
    sections: [],
    symbols,
    notReviewed: [],
  } as Review;
}
const RELEASE = { tag: "json-c-0.13", sha: "2849650aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", branch: "master" };
function since(findings: Finding[], over: Partial<ReleaseReview> = {}, symbols?: Review["symbols"]): ReleaseReview {
  return {
    release: RELEASE,
    onBranch: true,
    review: reviewOf(findings, symbols ?? { before: [sym("json_object_get")], after: [sym("json_object_get")] }),
    paths: new Set(["json_object.h"]),
    ...over,
  };
}
function judge(own: Review, releases: ReleaseReview[], config: Config = defaultConfig()) {
  return judgeUnreleased({ own, releases, statements: statementsOf("", config), config });
}

describe("compare.unreleased: errors on interface no release has become notices", () => {
  it("a function added after the release and renamed: a notice that says no release has it, and nothing blocks", () => {
    const own = reviewOf([finding({ symbol: "json_object_sizeof()" })], {
      before: [sym("json_object_get"), sym("json_object_sizeof")],
      after: [sym("json_object_get"), sym("json_c_object_sizeof")],
    });
    expect(own.conclusion).toBe("action_required");
    const r = judge(own, [since([])]);
    expect(r.conclusion).toBe("success");
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ severity: "notice", unreleasedSince: "json-c-0.13" });
    expect(r.findings[0]!.message).toBe(
      "`json_object_sizeof` was added after json-c-0.13 and no release has it: Function `json_object_sizeof()` was removed; binaries calling it fail to link or load.",
    );
    expect(r.sections[0]!.markdown).toContain(
      "Compared with **json-c-0.13** (`2849650`, the newest tag matching `compare.tags` on `master`) for interface no release has.",
    );
    expect(r.sections[0]!.markdown).toContain("1 error is on interface json-c-0.13 does not have");
  });

  it("an error on interface the release has stands: the same symbol breaks since the release too", () => {
    const own = reviewOf([finding({ symbol: "json_object_get()" })], {
      before: [sym("json_object_get")],
      after: [],
    });
    const r = judge(own, [since([finding({ symbol: "json_object_get()" })])]);
    expect(r.conclusion).toBe("action_required");
    expect(r.findings[0]).toMatchObject({ severity: "error", message: own.findings[0]!.message });
    expect(r.findings[0]!.unreleasedSince).toBeUndefined();
    expect(r.sections[0]!.markdown).toContain("1 error is on interface json-c-0.13 has: it stands.");
  });

  it("enumerators moved back to their released values: no error against the release, the whole enum restored", () => {
    const moved = ["a", "b"].map((e, i) =>
      finding({ ruleId: "c/enum-value-changed", path: "json_tokener.h", line: 30 + i, symbol: `enum err.${e}` }),
    );
    const r = judge(reviewOf(moved), [since([], { paths: new Set() })]);
    expect(r.conclusion).toBe("success");
    expect(r.findings.map((f) => f.message.split(":")[0])).toEqual([
      "`json_tokener.h` restores its form in json-c-0.13",
      "`json_tokener.h` restores its form in json-c-0.13",
    ]);
  });

  it("a record-level error since the release keeps a member's error only when no other member's error explains it", () => {
    const own = reviewOf([finding({ ruleId: "c/field-removed", path: "t.h", symbol: "struct tok.got_hi" })]);
    const size = finding({ ruleId: "c/size-changed", path: "t.h", symbol: "struct tok" });
    const inserted = finding({ ruleId: "c/field-inserted", path: "t.h", symbol: "struct tok.high" });
    // the struct grew since the release because `high` was inserted: `got_hi` is not a released member
    expect(judge(own, [since([size, inserted], { paths: new Set(["t.h"]) })]).conclusion).toBe("success");
    // the struct's size changed and nothing says which member: the member's error stands
    expect(judge(own, [since([size], { paths: new Set(["t.h"]) })]).conclusion).toBe("action_required");
    // and an error on the record is kept by an error on any of its members
    const record = reviewOf([finding({ ruleId: "c/size-changed", path: "t.h", symbol: "struct tok" })]);
    expect(judge(record, [since([inserted], { paths: new Set(["t.h"]) })]).conclusion).toBe("action_required");
  });

  it("checked against every release given: an error on interface a release branch's newer tag has stands", () => {
    const own = reviewOf([finding({ symbol: "ares_cb()", path: "ares.h" })]);
    const main = since([], { paths: new Set(["ares.h"]) });
    const branch = since([finding({ symbol: "ares_cb()", path: "ares.h" })], {
      release: { tag: "v1.33.1", sha: "27b9".padEnd(40, "0"), branch: "main" },
      onBranch: false,
      paths: new Set(["ares.h"]),
    });
    const r = judge(own, [main, branch]);
    expect(r.conclusion).toBe("action_required");
    expect(r.sections[0]!.markdown).toContain(
      "and **v1.33.1** (`27b9000`, the newest tag matching `compare.tags`, on another branch)",
    );
    expect(judge(own, [main, { ...branch, review: reviewOf([]) }]).findings[0]!.message).toMatch(
      /^No break for users of json-c-0\.13 or v1\.33\.1 \(`ares_cb\(\)` has no error against them/,
    );
  });

  it("only interface breaks of the comparing detectors: packages, fork and engine errors, and parse failures, stand", () => {
    const own = reviewOf([
      finding({ ruleId: "packages/coordinated-change", category: "cross-package", path: "a/package.json" }),
      finding({ ruleId: "fork/parallel-interface", category: "fork", symbol: "f_ex" }),
      finding({ ruleId: "engine/budget-exceeded", path: "big.h" }),
      finding({ ruleId: "ts/parse-failed", path: "index.d.ts", category: "cross-package" }),
      finding({ ruleId: "ts/property-removed", path: "index.d.ts", category: "cross-package", symbol: "Opts.x" }),
      finding({ ruleId: "proto/field-no-delete-unless-number-reserved", path: "a.proto", symbol: "pkg.M.f" }),
    ]);
    const r = judge(own, [since([], { paths: new Set(["index.d.ts", "a.proto"]) })]);
    const severity = Object.fromEntries(r.findings.map((f) => [f.ruleId, f.severity]));
    expect(severity).toEqual({
      "packages/coordinated-change": "error",
      "fork/parallel-interface": "error",
      "engine/budget-exceeded": "error",
      "ts/parse-failed": "error",
      "ts/property-removed": "notice",
      "proto/field-no-delete-unless-number-reserved": "notice",
    });
  });

  it("a file the release review could not compare keeps its errors", () => {
    const own = reviewOf([finding({ symbol: "f()" })]);
    const budget = finding({ ruleId: "engine/budget-exceeded", symbol: undefined });
    expect(judge(own, [since([budget])]).conclusion).toBe("action_required");
    const skipped = since([]);
    skipped.review.notReviewed.push({ path: "json_object.h", reason: "binary file" });
    expect(judge(own, [skipped]).conclusion).toBe("action_required");
  });

  it("the manifest rules that count C errors hold while one of those errors does", () => {
    const soversion = finding({
      ruleId: "manifest/c-abi-break-without-soversion-bump",
      path: "CMakeLists.txt",
      symbol: "zlib",
      message:
        "1 C/C++ ABI break (c/macro-value-changed) below the repository root, but library `zlib` keeps SOVERSION 1 in this release",
    });
    const alias = finding({ ruleId: "c/macro-value-changed", path: "zlib.h", symbol: "z_crc32_combine_gen" });
    const released = finding({ path: "zlib.h", symbol: "crc32()" });
    const paths = new Set(["zlib.h"]);
    const lowered = judge(reviewOf([soversion, alias]), [since([], { paths })]);
    expect(lowered.conclusion).toBe("success");
    expect(lowered.findings.find((f) => f.ruleId.startsWith("manifest/"))!.message).toMatch(
      /^Every break it counts is on interface no release up to json-c-0\.13 has: 1 C\/C\+\+ ABI break/,
    );
    const kept = judge(reviewOf([soversion, alias, released]), [since([released], { paths })]);
    expect(kept.findings.filter((f) => f.severity === "error").map((f) => f.ruleId)).toEqual([
      "manifest/c-abi-break-without-soversion-bump",
      "c/function-removed",
    ]);
  });

  it("a verdict decided again (an edit, an acknowledgement) keeps the notice, whatever rules: raise", () => {
    const own = reviewOf([finding({ symbol: "json_object_sizeof()" })]);
    const r = judge(own, [since([])]);
    const strict = defaultConfig();
    strict.rules["c/*"] = "error";
    expect(redecide(r, { statements: statementsOf("", strict), config: strict })).toMatchObject({
      conclusion: "success",
    });
  });

  it("a release review that failed keeps the errors and says why", () => {
    const own = reviewOf([finding({ symbol: "f()" })]);
    const failed = since([]);
    failed.review = { ...failed.review, conclusion: "failure", failure: { reason: "analysis timed out", hint: "" } };
    const r = judge(own, [failed]);
    expect(r.conclusion).toBe("action_required");
    expect(r.sections[0]!.markdown).toBe(
      "The merge base; the errors were not checked for interface no release has: the review from json-c-0.13 failed (analysis timed out).",
    );
    expect(releaseCheckNotDone(own, "no tag matching `v*`.").findings).toEqual(own.findings);
  });
});

describe("when the release check runs, and what it reads", () => {
  const withErrors = reviewOf([finding({ symbol: "f()" })]);
  it("only for a merge-base review with interface errors and compare.unreleased: notice", () => {
    const config = defaultConfig();
    expect(wantsReleaseCheck(withErrors, config)).toBe(true);
    expect(wantsReleaseCheck(reviewOf([finding({ severity: "warning" })]), config)).toBe(false);
    expect(wantsReleaseCheck(reviewOf([finding({ ruleId: "fork/parallel-interface" })]), config)).toBe(false);
    expect(wantsReleaseCheck(withErrors, { ...config, compare: { ...config.compare, unreleased: "error" } })).toBe(
      false,
    );
    expect(wantsReleaseCheck(withErrors, { ...config, compare: { ...config.compare, against: "last-release" } })).toBe(
      false,
    );
  });

  it("the files of the detectors with errors and the build files, not sources or other languages", () => {
    const reads = releaseCheckReads(withErrors, defaultConfig());
    expect(["include/zlib.h", "src/private.h", "CMakeLists.txt", "meson.build", "package.json"].every(reads)).toBe(
      true,
    );
    expect(["src/deflate.c", "index.d.ts", "api.proto", "README.md"].some(reads)).toBe(false);
  });

  it("release candidates are not releases", () => {
    expect(
      ["v1.0.27-rc1", "v2.0.0-beta.2", "v3.0.0-alpha", "json-c-0.13-20171207", "v1.34.5"].map((t) =>
        PRE_RELEASE.test(t),
      ),
    ).toEqual([true, true, true, false, false]);
  });
});
