import { describe, expect, it } from "@jest/globals";
import { manifestFilesWanted } from "../../../src/detectors/manifest/wanted-files.js";

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
});
