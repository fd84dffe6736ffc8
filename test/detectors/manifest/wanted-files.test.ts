import { describe, expect, it } from "@jest/globals";
import { manifestFilesWanted, MAX_DECLARATION_FILES } from "../../../src/detectors/manifest/wanted-files.js";

describe("manifestFilesWanted", () => {
  const paths = [
    "package.json",
    "packages/kv/package.json",
    "packages/kv/src/index.d.ts",
    "packages/kv/native/CMakeLists.txt",
    "packages/kv/native/include/kv.h",
    "CMakeLists.txt",
    "lib/meson.build",
    "lib/sub/x.h",
    "README.md",
  ];

  it("wants the nearest package.json and the nearest build files above each changed file", () => {
    expect(manifestFilesWanted(paths, ["packages/kv/native/include/kv.h"])).toEqual([
      "packages/kv/native/CMakeLists.txt",
      "packages/kv/package.json",
    ]);
    expect(manifestFilesWanted(paths, ["lib/sub/x.h"])).toEqual(["lib/meson.build", "package.json"]);
    expect(manifestFilesWanted(paths, ["README.md"])).toEqual(["CMakeLists.txt", "package.json"]);
  });

  it("wants nothing where no manifest exists", () => {
    expect(manifestFilesWanted(["src/a.h"], ["src/a.h"])).toEqual([]);
  });

  it("wants the declaration files below a changed package.json, node_modules aside, shallowest first and bounded", () => {
    const tree = [
      ...paths,
      "packages/kv/index.d.mts",
      "packages/kv/node_modules/undici/index.d.ts",
      "packages/kv/src/deep/more.d.cts",
      "packages/other/index.d.ts",
    ];
    // the package.json itself changes (a dependency moved to devDependencies); the sources leave it out
    expect(manifestFilesWanted(tree, ["packages/kv/package.json"])).toEqual([
      "CMakeLists.txt",
      "packages/kv/package.json",
      "packages/kv/index.d.mts",
      "packages/kv/src/index.d.ts",
      "packages/kv/src/deep/more.d.cts",
    ]);
    // a source change wants no declarations
    expect(manifestFilesWanted(tree, ["packages/kv/src/index.ts"])).toEqual([
      "CMakeLists.txt",
      "packages/kv/package.json",
    ]);
    const many = Array.from({ length: 500 }, (_, i) => `packages/p${i % 10}/types/t${i}.d.ts`);
    const manifests = Array.from({ length: 10 }, (_, i) => `packages/p${i}/package.json`);
    const wanted = manifestFilesWanted([...manifests, ...many], manifests).filter((p) => p.endsWith(".d.ts"));
    expect(wanted).toHaveLength(MAX_DECLARATION_FILES.total);
    expect(wanted.filter((p) => p.startsWith("packages/p0/"))).toHaveLength(MAX_DECLARATION_FILES.perPackage);
  });
});
