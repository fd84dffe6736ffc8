import { beforeAll, describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cDetector } from "../../../src/detectors/c/index.js";
import { conditionAt } from "../../../src/detectors/c/conditions.js";
import { modelOf } from "../../../src/detectors/c/model-cache.js";
import { defaultConfig } from "../../../src/config/defaults.js";
import type { ChangeSet, Finding, FilePair } from "../../../src/engine/types.js";
import { changeSetOf } from "../../helpers/change-set.js";

const FIXTURES = join(import.meta.dirname, "..", "..", "..", "fixtures", "detectors", "c");

function findings(before: string, after: string, path = "include/demo/x.h"): Finding[] {
  const pair: FilePair = { path, status: "modified", before, after, hunks: [] };
  const changeSet: ChangeSet = changeSetOf([pair]);
  return cDetector.analyze!(pair, { config: defaultConfig(), changeSet, checkBudget: () => {} }).findings;
}

function fixture(name: string, file: string): Finding[] {
  const read = (side: string) => readFileSync(join(FIXTURES, name, side, "include", "demo", file), "utf8");
  return findings(read("before"), read("after"), `include/demo/${file}`);
}

/** The condition of the first declaration named `name` in `text`. */
function conditionOf(text: string, name: string) {
  const m = modelOf("include/x.h", text);
  const decl = [...m.functions, ...m.typedefs, ...m.macros, ...m.records].find((d) => d.name === name)!;
  return conditionAt(m, decl.line);
}

describe("preprocessor conditions under the default target (GCC on Linux)", () => {
  beforeAll(async () => {
    await cDetector.init!();
  });

  it("evaluates platform, compiler and library macros: false, true, unknown", () => {
    const text = [
      "#ifndef X_H",
      "#define X_H",
      "#if defined(_WIN32) && !defined(__MINGW32__)",
      "int win_only(void);",
      "#elif __GNUC__ >= 4",
      "int gcc_branch(void);",
      "#else",
      "int other_compiler(void);",
      "#endif",
      "#ifdef __APPLE__",
      "#else",
      "int not_apple(void);",
      "#endif",
      "#if X_API_VERSION >= 9",
      "int versioned(void);",
      "#endif",
      "int plain(void);",
      "#endif",
    ].join("\n");
    expect(conditionOf(text, "win_only")).toEqual({
      where: "under `#if defined(_WIN32) && !defined(__MINGW32__)`",
      truth: "false",
      toolchain: "__MINGW32__",
    });
    // `#elif` taken by GCC: nothing to name; `#else` after it: not compiled by the default target
    expect(conditionOf(text, "gcc_branch")).toBeUndefined();
    expect(conditionOf(text, "other_compiler")?.truth).toBe("false");
    expect(conditionOf(text, "not_apple")).toBeUndefined();
    expect(conditionOf(text, "versioned")).toEqual({
      where: "under `#if X_API_VERSION >= 9`",
      truth: "unknown",
      toolchain: undefined,
    });
    // the include guard is no condition
    expect(conditionOf(text, "plain")).toBeUndefined();
  });

  it("a header that includes a Windows SDK header unconditionally is Windows-only", () => {
    const text = "#include <windows.h>\ntypedef struct { HANDLE h; } x_t;\n";
    expect(conditionOf(text, "x_t")).toEqual({
      where: "in a Windows-only header (it includes `<windows.h>`)",
      truth: "false",
      toolchain: undefined,
    });
    // included only in a branch: the header itself is not Windows-only
    expect(conditionOf("#ifdef X_WIN\n#include <windows.h>\n#endif\nint x(void);\n", "x")).toBeUndefined();
  });

  it("a finding inside a branch names its condition; a removal from every branch names none", () => {
    const out = fixture("declaration-removed-from-every-branch", "clock.h");
    expect(out.map((f) => f.message)).toEqual([
      "Function `demo_clock_now()` was removed; binaries calling it fail to link or load.",
      "Under `#if defined(DEMO_HAVE_DRIFT)`: Function `demo_clock_drift()` was removed; binaries calling it fail to link or load.",
    ]);
    const win = fixture("windows-struct-known-layout-names-condition", "stat.h");
    expect(win.map((f) => [f.ruleId, f.severity])).toEqual([
      ["c/field-removed", "error"],
      ["c/size-changed", "error"],
    ]);
    for (const f of win) expect(f.message).toMatch(/^Under `#if defined\(_WIN32\)`: /);
  });

  it("a Windows struct of unknown layout gets one notice naming the branch and the unknown type", () => {
    const [once] = fixture("windows-only-struct-unknown-layout-is-notice", "demo-thread.h");
    expect(once!.ruleId).toBe("c/platform-layout-unknown");
    expect(once!.message).toContain("Under `#if defined(_WIN32)`, which the default target");
    expect(once!.message).toContain("members `ran`, `event` go, `unused`, `once` come");
    expect(once!.message).toContain("`INIT_ONCE` is not defined");
    const [rw, ...rest] = fixture("windows-only-struct-unknown-layout-is-notice", "demo-win.h");
    expect(rest).toEqual([]);
    expect(rw!.severity).toBe("notice");
    expect(rw!.message).toContain("In a Windows-only header (it includes `<winsock2.h>`)");
  });

  it("a toolchain shim's removal is one warning per declaration, naming the toolchain", () => {
    const out = fixture("compat-shim-removed-is-warning", "compat.h");
    expect(out.map((f) => [f.ruleId, f.severity, f.symbol])).toEqual([
      ["c/compat-shim-removed", "warning", "struct timespec"],
      ["c/compat-shim-removed", "warning", "snprintf"],
      ["c/compat-shim-removed", "warning", "WIN32"],
    ]);
    expect(out[2]!.message).toContain("a platform's own macro");
    expect(out[0]!.message).toContain("`struct timespec`, `demo_timespec_t`, `demo_timespec_ptr` were removed");
    expect(out[0]!.message).toContain("the `_MSC_VER` toolchain");
  });

  it("inside an opt-in experimental branch, findings are notices that say so", () => {
    const out = fixture("experimental-branch-change-is-notice", "index.h");
    expect(out.map((f) => [f.ruleId, f.severity])).toEqual([
      ["c/function-param-type-changed", "notice"],
      ["c/function-removed", "notice"],
    ]);
    for (const f of out)
      expect(f.message).toMatch(
        /^Under `#if defined\(DEMO_EXPERIMENTAL_SHA256\)` \(the opt-in experimental `DEMO_EXPERIMENTAL_SHA256`, which promises no stability\): /,
      );
  });

  it("a macro defined in two branches takes the value a build without -D flags sees, whatever their order", () => {
    const text = (first: string) =>
      [
        first === "ifndef" ? "#ifndef X_WIDE" : "#ifdef X_WIDE",
        `#define X_LEN ${first === "ifndef" ? 20 : 32}`,
        "#else",
        `#define X_LEN ${first === "ifndef" ? 32 : 20}`,
        "#endif",
        "struct x_id { unsigned char raw[X_LEN]; };",
      ].join("\n");
    expect(findings(text("ifndef"), text("ifdef"))).toEqual([]);
    // the same struct against a real change of the value still fires
    expect(
      findings(text("ifndef"), text("ifdef").replace("#define X_LEN 20", "#define X_LEN 24")).map((f) => f.ruleId),
    ).toContain("c/size-changed");
  });

  it("a function removed from a toolchain branch stays an error (binaries link against it)", () => {
    const before = "#if defined(_MSC_VER)\nint x_win_helper(void);\n#endif\nint x(void);\n";
    const out = findings(before, "int x(void);\n");
    expect(out.map((f) => [f.ruleId, f.severity])).toEqual([["c/function-removed", "error"]]);
    expect(out[0]!.message).toMatch(/^Under `#if defined\(_MSC_VER\)`: /);
  });

  it("variants of one struct are paired by branch, whatever the order of the branches", () => {
    const before = [
      "#ifdef _WIN32",
      "struct x_info { unsigned int a; unsigned int b; };",
      "#else",
      "struct x_info { unsigned int c; };",
      "#endif",
    ].join("\n");
    const after = [
      "#ifndef _WIN32",
      "struct x_info { unsigned int c; unsigned int d; };",
      "#else",
      "struct x_info { unsigned int a; unsigned int b; unsigned int e; };",
      "#endif",
    ].join("\n");
    const out = findings(before, after);
    // each body is compared with its own old body: one member appended to each, nothing removed
    expect(out.map((f) => [f.ruleId, f.symbol])).toEqual([
      ["c/field-appended", "struct x_info.e"],
      ["c/field-appended", "struct x_info.d"],
    ]);
    expect(out[0]!.message).toMatch(/^Under `#if defined\(_WIN32\)`: Member `e`/);
    expect(out[1]!.message).toMatch(/^Member `d`/);
  });
});
