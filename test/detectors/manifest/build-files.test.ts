import { describe, expect, it } from "@jest/globals";
import { cmakeCommands } from "../../../src/detectors/manifest/cmake-commands.js";
import { librariesOf } from "../../../src/detectors/manifest/libraries.js";
import { abiBreakWithoutSoversionBump } from "../../../src/detectors/manifest/soversion-bump.js";
import { sidesOf } from "../../../src/engine/sides.js";
import { changeSetFromTrees } from "../../../src/engine/from-trees.js";
import type { Finding } from "../../../src/engine/types.js";

describe("cmakeCommands", () => {
  it("reads quoted, bracket and unquoted arguments, skipping line and bracket comments", () => {
    const text = [
      "#[[ a bracket comment with set(NOT_ME 1) inside ]]",
      'set(NAME "kv lib" [=[raw ) text]=] plain) # trailing set(NOT_ME 2)',
      "if(WIN32)",
      "  set_target_properties(kv PROPERTIES SOVERSION 3)",
      "endif()",
    ].join("\n");
    expect(cmakeCommands(text)).toEqual([
      { name: "set", args: ["NAME", "kv lib", "raw ) text", "plain"], line: 2 },
      { name: "if", args: ["WIN32"], line: 3 },
      { name: "set_target_properties", args: ["kv", "PROPERTIES", "SOVERSION", "3"], line: 4 },
      { name: "endif", args: [], line: 5 },
    ]);
  });

  it("does not run away on an unterminated call or string", () => {
    expect(cmakeCommands('add_library(kv SHARED "src/kv.c')).toEqual([
      { name: "add_library", args: ["kv", "SHARED", "src/kv.c"], line: 1 },
    ]);
  });
});

describe("librariesOf", () => {
  it("takes CMake SOVERSION, falls back to VERSION, expands project() variables and skips static libraries", () => {
    const text = [
      "project(kv VERSION 4.1.2)",
      "add_library(kv SHARED kv.c)",
      "add_library(kv_static STATIC kv.c)",
      "set_target_properties(kv PROPERTIES VERSION ${PROJECT_VERSION} SOVERSION ${PROJECT_VERSION_MAJOR})",
      "set_target_properties(kv_static PROPERTIES SOVERSION 9)",
      "set_property(TARGET kvplugin PROPERTY VERSION 1.2.3)",
    ].join("\n");
    expect(librariesOf("CMakeLists.txt", text)).toEqual([
      { target: "kv", soversion: "4", line: 4 },
      { target: "kvplugin", soversion: "1.2.3", line: 6 },
    ]);
  });

  it("takes meson soversion, or the major of version, through variables and project_version()", () => {
    const text = [
      "project('kv', 'c', version: '5.0.1')",
      "so = '7'",
      "a = library('kv', 'kv.c', soversion: so)",
      "b = shared_library('kvx', files('x.c'), version: meson.project_version())",
      "c = static_library('kvs', 'kv.c')",
    ].join("\n");
    expect(librariesOf("meson.build", text)).toEqual([
      { target: "kv", soversion: "7", line: 3 },
      { target: "kvx", soversion: "5", line: 4 },
    ]);
  });
});

describe("abiBreakWithoutSoversionBump", () => {
  const cmake = (so: string) => `add_library(kv SHARED kv.c)\nset_target_properties(kv PROPERTIES SOVERSION ${so})\n`;
  const cError: Finding = {
    ruleId: "c/field-removed",
    category: "abi",
    severity: "error",
    path: "lib/kv/include/kv.h",
    line: 3,
    message: "",
  };
  const sides = (so: string) =>
    sidesOf(
      changeSetFromTrees({
        before: { "lib/kv/CMakeLists.txt": cmake("2"), "lib/kv/include/kv.h": "a" },
        after: { "lib/kv/CMakeLists.txt": cmake(so), "lib/kv/include/kv.h": "b" },
      }),
    );

  it("fires for a C error below a versioned library whose SOVERSION stayed", () => {
    const out = abiBreakWithoutSoversionBump([cError], sides("2"));
    expect(out.map((f) => [f.ruleId, f.path, f.line, f.symbol])).toEqual([
      ["manifest/c-abi-break-without-soversion-bump", "lib/kv/CMakeLists.txt", 2, "kv"],
    ]);
  });

  it("is quiet when the SOVERSION was bumped, for warnings, and for findings outside the library", () => {
    expect(abiBreakWithoutSoversionBump([cError], sides("3"))).toEqual([]);
    expect(abiBreakWithoutSoversionBump([{ ...cError, severity: "warning" }], sides("2"))).toEqual([]);
    expect(abiBreakWithoutSoversionBump([{ ...cError, path: "other/x.h" }], sides("2"))).toEqual([]);
    expect(
      abiBreakWithoutSoversionBump([{ ...cError, ruleId: "proto/field-no-delete-unless-number-reserved" }], sides("2")),
    ).toEqual([]);
  });
});
