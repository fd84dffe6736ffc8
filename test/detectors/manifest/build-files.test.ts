import { defaultConfig } from "../../../src/config/defaults.js";
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
      { target: "kv", soversion: "4", version: "4.1.2", line: 4 },
      { target: "kvplugin", soversion: "1.2.3", version: "1.2.3", line: 6 },
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
      { target: "kvx", soversion: "5", version: "5.0.1", line: 4 },
    ]);
  });
});

describe("abiBreakWithoutSoversionBump", () => {
  const cmake = (so: string, version = "2.0.0") =>
    `add_library(kv SHARED kv.c)\nset_target_properties(kv PROPERTIES SOVERSION ${so} VERSION ${version})\n`;
  const config = defaultConfig();
  const perPullRequest = { ...config, versions: { bump: "pull-request" as const } };
  const cError: Finding = {
    ruleId: "c/field-removed",
    category: "abi",
    severity: "error",
    path: "lib/kv/include/kv.h",
    line: 3,
    message: "",
  };
  const sides = (so: string, version = "2.0.0") =>
    sidesOf(
      changeSetFromTrees({
        before: { "lib/kv/CMakeLists.txt": cmake("2"), "lib/kv/include/kv.h": "a" },
        after: { "lib/kv/CMakeLists.txt": cmake(so, version), "lib/kv/include/kv.h": "b" },
      }),
    );
  const shown = (out: Finding[]) => out.map((f) => [f.ruleId, f.severity, f.path, f.line, f.symbol]);

  it("is an error for a C error below a versioned library whose SOVERSION stayed in a release", () => {
    expect(shown(abiBreakWithoutSoversionBump([cError], sides("2", "2.1.0"), config))).toEqual([
      ["manifest/c-abi-break-without-soversion-bump", "error", "lib/kv/CMakeLists.txt", 2, "kv"],
    ]);
  });

  it("is a notice that the next release must bump when the pull request changes no version", () => {
    const [f] = abiBreakWithoutSoversionBump([cError], sides("2"), config);
    expect([f!.severity, f!.message]).toEqual([
      "notice",
      "1 C/C++ ABI break (c/field-removed) below lib/kv: the next release must bump the SOVERSION (library `kv` keeps SOVERSION 2 here; versions are bumped at release, `versions.bump: release`).",
    ]);
  });

  it("is an error in every breaking pull request with versions.bump: pull-request", () => {
    expect(shown(abiBreakWithoutSoversionBump([cError], sides("2"), perPullRequest))).toEqual([
      ["manifest/c-abi-break-without-soversion-bump", "error", "lib/kv/CMakeLists.txt", 2, "kv"],
    ]);
  });

  it("is quiet when the SOVERSION was bumped, for warnings, and for findings outside the library", () => {
    expect(abiBreakWithoutSoversionBump([cError], sides("3"), config)).toEqual([]);
    expect(abiBreakWithoutSoversionBump([{ ...cError, severity: "warning" }], sides("2"), config)).toEqual([]);
    expect(abiBreakWithoutSoversionBump([{ ...cError, path: "other/x.h" }], sides("2"), config)).toEqual([]);
    expect(
      abiBreakWithoutSoversionBump(
        [{ ...cError, ruleId: "proto/field-no-delete-unless-number-reserved" }],
        sides("2"),
        config,
      ),
    ).toEqual([]);
  });
});
