import { describe, expect, it } from "@jest/globals";
import {
  MAX_INSTALL_FILES,
  installFilesIn,
  installFilesWanted,
  installLists,
  isSideTreePath,
} from "../../../src/detectors/c/install-lists.js";
import { makefileInstalls } from "../../../src/detectors/c/makefile-installs.js";
import { cmakeCommands } from "../../../src/detectors/manifest/cmake-commands.js";
import { headerVisibility } from "../../../src/detectors/c/public-headers.js";
import { defaultConfig } from "../../../src/config/defaults.js";
import type { ChangeSet, FilePair } from "../../../src/engine/types.js";

const lists = (files: Record<string, string>, present: string[]) => {
  const l = installLists(files, new Set(present));
  return { paths: [...l.paths].sort(), names: [...l.names].sort(), globs: l.globs, from: l.from };
};

describe("makefile install recipes", () => {
  it("reads $(INSTALL_DATA) lines, variables (?=, :=, +=) and shell loops over a variable", () => {
    const text = [
      "PREFIX ?= /usr/local",
      "INCLUDEDIR ?= $(PREFIX)/include",
      "INSTALL_DATA ?= $(INSTALL) -m 644",
      "HDRS := a.h",
      "HDRS += b.h",
      "install:",
      "\t$(INSTALL_DATA) core.h $(DESTDIR)$(INCLUDEDIR)/core.h",
      "\tfor h in $(HDRS); do \\",
      "\t  $(INSTALL_DATA) $$h $(DESTDIR)$(INCLUDEDIR)/$$h; \\",
      "\tdone",
    ].join("\n");
    expect(makefileInstalls(text).sort()).toEqual(["a.h", "b.h", "core.h"]);
  });

  it("reads cp into $(includedir) and install -m into $(PREFIX)/include, with $(addprefix) and $(wildcard)", () => {
    const text = [
      "SRCDIR=",
      "PUB = x.h y.h",
      "install:",
      "\tcp $(SRCDIR)zz.h zzconf.h $(DESTDIR)$(includedir)",
      "\tinstall -m 644 $(addprefix api/,$(PUB)) $(PREFIX)/include/",
      "\tinstall -m 644 $(wildcard gen/*.h) $(PREFIX)/include/",
    ].join("\n");
    expect(makefileInstalls(text).sort()).toEqual(["api/x.h", "api/y.h", "gen/*.h", "zz.h", "zzconf.h"]);
  });

  it("ignores copies into the build tree, non-include destinations, non-recipe lines and unknown variables", () => {
    const text = [
      "HEADERS_NOTE = install -m 644 note.h $(includedir)", // an assignment, no recipe
      "dist:",
      "\t@cp ../../*.h include", // into a local directory
      "\t$(INSTALL_DATA) manual.h $(DESTDIR)$(docdir)/", // documentation
      "\t$(INSTALL_DATA) $(GENERATED)/cfg.h $(DESTDIR)$(includedir)/", // a variable of no file here
      "\trm -f $(DESTDIR)$(includedir)/old.h",
    ].join("\n");
    expect(makefileInstalls(text)).toEqual([]);
  });

  it("stays bounded on self-referencing and exploding variables", () => {
    const text = [
      "A = $(A) $(A)",
      `B = ${"$(C) ".repeat(2000)}`,
      `C = ${"x.h ".repeat(2000)}`,
      "install:",
      "\t$(INSTALL_DATA) $(A) $(B) $(DESTDIR)$(includedir)",
    ].join("\n");
    const out = makefileInstalls(text);
    expect(out.length).toBeLessThanOrEqual(64 * 1024);
    expect(new Set(out)).toEqual(new Set(["x.h"]));
  });
});

describe("install lists", () => {
  it("resolves a makefile's headers to repository paths relative to its directory", () => {
    const makefile = "install:\n\t$(INSTALL_DATA) quill.h $(DESTDIR)$(includedir)/\n";
    expect(lists({ "lib/Makefile": makefile }, ["lib/quill.h", "programs/quill.h"])).toEqual({
      paths: ["lib/quill.h"],
      names: [],
      globs: [],
      from: ["lib/Makefile"],
    });
  });

  it("resolves CMake paths through ${CMAKE_CURRENT_SOURCE_DIR}/../.. and ${PROJECT_SOURCE_DIR} of a subdirectory", () => {
    const buildCmake = [
      "project(spark C)",
      'set(TOP "${CMAKE_CURRENT_SOURCE_DIR}/../..")',
      'install(FILES "${TOP}/lib/spark.h" DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")',
    ].join("\n");
    // no project() here: ${PROJECT_SOURCE_DIR} is the root's; `\"` inside an unquoted argument is no quote
    const sub = [
      'target_compile_definitions(lib PRIVATE NAME=\\"${NAME}\\")',
      "install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/git2/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/git2)",
      "install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR})",
    ].join("\n");
    expect(
      lists({ "build/cmake/CMakeLists.txt": buildCmake, "src/lib/CMakeLists.txt": sub }, [
        "lib/spark.h",
        "include/git2/repo.h",
        "docs/api.h",
      ]),
    ).toEqual({
      paths: ["lib/spark.h"],
      names: [],
      globs: ["include/git2/**"],
      from: ["build/cmake/CMakeLists.txt", "src/lib/CMakeLists.txt"],
    });
  });

  it("drops a directory or glob that matches no header (a misread variable would make every header private)", () => {
    const cmake = "install(DIRECTORY include/ DESTINATION include)\ninstall(FILES ${X}/*.h DESTINATION include)\n";
    expect(lists({ "pkg/CMakeLists.txt": cmake }, ["include/a.h"]).from).toEqual([]);
  });

  it("reads meson install_headers with `root / 'path'` and join_paths, resolving this file's variables", () => {
    const meson = [
      "spark_root = '../../..'",
      "install_headers(spark_root / 'lib/spark.h', join_paths(other_root, 'lib/spark_ext.h'))",
      "hdrs = ['api.h', 'api_ext.h']",
      "install_headers(hdrs)",
    ].join("\n");
    expect(lists({ "build/meson/lib/meson.build": meson }, ["lib/spark.h", "lib/spark_ext.h"])).toEqual({
      paths: ["lib/spark.h"],
      names: ["api.h", "api_ext.h", "spark_ext.h"],
      globs: [],
      from: ["build/meson/lib/meson.build"],
    });
  });

  it("reads automake *_HEADERS but never noinst_HEADERS", () => {
    const am =
      "include_HEADERS = yaml.h\nnoinst_HEADERS = yaml_private.h\npkginclude_HEADERS = $(EXTRA)\nEXTRA = ext.h\n";
    expect(lists({ "include/Makefile.am": am }, ["include/yaml.h", "include/yaml_private.h"])).toEqual({
      paths: ["include/yaml.h"],
      names: ["ext.h"],
      globs: [],
      from: ["include/Makefile.am"],
    });
  });

  it("stays bounded on a self-doubling CMake set", () => {
    const cmake = `${"set(A ${A} ${A} x.h)\n".repeat(200)}install(FILES \${A} DESTINATION include)\n`;
    // each `set` doubles A; past 64 KiB a value is dropped instead of doubling to 2^200 characters
    const { paths, names } = lists({ "CMakeLists.txt": cmake }, ["x.h"]);
    expect([...paths, ...names].every((p) => p === "x.h")).toBe(true);
  });
});

describe("which build files are read", () => {
  it("are the library's build files anywhere in the tree, never those of programs, contrib, examples or tests", () => {
    const paths = [
      "Makefile",
      "lib/Makefile",
      "build/cmake/CMakeLists.txt",
      "build/meson/lib/meson.build",
      "build/meson/programs/meson.build",
      "programs/Makefile",
      "contrib/minizip/Makefile.am",
      "examples/Makefile",
      "tests/CMakeLists.txt",
      "ossfuzz/Makefile",
      "Makefile.in",
      "README.md",
    ];
    expect(installFilesIn(paths)).toEqual([
      "Makefile",
      "Makefile.in",
      "lib/Makefile",
      "build/cmake/CMakeLists.txt",
      "build/meson/lib/meson.build",
    ]);
    expect(installFilesWanted(paths, ["lib/lz4.c"])).toEqual([]); // no header changed: none
    expect(installFilesWanted(paths, ["programs/util.h"])).toEqual(installFilesIn(paths));
  });

  it("are at most MAX_INSTALL_FILES, the shallowest first", () => {
    const deep = Array.from({ length: 200 }, (_, i) => `mod${i}/sub/CMakeLists.txt`);
    const read = installFilesIn(["CMakeLists.txt", ...deep]);
    expect(read).toHaveLength(MAX_INSTALL_FILES);
    expect(read[0]).toBe("CMakeLists.txt");
  });

  it("side trees: programs, contrib, examples, tools and tests, but a directory of that name under include/ is the library's", () => {
    for (const p of [
      "programs/util.h",
      "contrib/minizip/zip.h",
      "examples/x.h",
      "tools/t.h",
      "tests/t.h",
      "deps/pcre/pcre.h",
    ])
      expect(isSideTreePath(p)).toBe(true);
    for (const p of ["include/demo/demo.h", "lib/lz4.h", "zlib.h", "include/uv/unix.h"])
      expect(isSideTreePath(p)).toBe(false);
  });
});

describe("build files the change set did not fetch", () => {
  // zlib v1.2.13..v1.3: Makefile.in (which installs zconf.h) changes with the version bump; no
  // detector reads it, so its pair has no text, and its install list must come from the base.
  const changeSet = (makefileIn: FilePair): ChangeSet => ({
    repo: { owner: "o", name: "r" },
    base: { ref: "b", sha: "b" },
    head: { ref: "h", sha: "h" },
    title: "",
    body: "",
    files: [makefileIn, { path: "zconf.h", status: "modified", before: "int a;", after: "int b;", hunks: [] }],
    workspace: {
      paths: ["Makefile.in", "zconf.h", "zlib.h", "zutil.h"],
      files: { "Makefile.in": "install:\n\tcp $(SRCDIR)zlib.h zconf.h $(DESTDIR)$(includedir)\n" },
    },
  });

  it("keep the base text the workspace read: a modified Makefile.in without contents still installs zconf.h", () => {
    const cs = changeSet({ path: "Makefile.in", status: "modified", before: null, after: null, hunks: [] });
    expect(headerVisibility("zconf.h", cs, defaultConfig())).toEqual({
      public: true,
      why: "installed by the install lists of Makefile.in",
    });
    expect(headerVisibility("zutil.h", cs, defaultConfig()).public).toBe(false);
  });

  it("but a build file the change removes installs nothing on the head side", () => {
    const before = "install:\n\tcp zlib.h $(DESTDIR)$(includedir)\n";
    const cs = changeSet({ path: "Makefile.in", status: "removed", before, after: null, hunks: [] });
    // the pair's own base text (it has contents) lists zlib.h only, and the head has no Makefile.in
    expect(headerVisibility("zconf.h", cs, defaultConfig()).public).toBe(false);
  });
});

describe("cmake-commands", () => {
  it("reads an escaped quote inside an unquoted argument as part of it", () => {
    const cmds = cmakeCommands('a(X=\\"${Y}\\")\ninstall(FILES z.h DESTINATION include)\n');
    expect(cmds.map((c) => c.name)).toEqual(["a", "install"]);
  });
});
