import { describe, expect, it } from "@jest/globals";
import { workspaceFilesWanted } from "../../../src/detectors/packages/index.js";
import { parseGoMod } from "../../../src/detectors/packages/parse-go-mod.js";
import { readManifest } from "../../../src/detectors/packages/read-manifest.js";

describe("workspaceFilesWanted", () => {
  it("asks for root workspace files and manifests, shallowest first, never node_modules or vendor", () => {
    const paths = [
      "src/a.ts",
      "package.json",
      "pnpm-workspace.yaml",
      "packages/b/deep/package.json",
      "packages/a/package.json",
      "node_modules/x/package.json",
      "vendor/y/go.mod",
      "crates/c/Cargo.toml",
      "README.md",
    ];
    expect(workspaceFilesWanted(paths)).toEqual([
      "package.json",
      "pnpm-workspace.yaml",
      "crates/c/Cargo.toml",
      "packages/a/package.json",
      "packages/b/deep/package.json",
    ]);
  });

  it("asks for nothing in a repository without manifests", () => {
    expect(workspaceFilesWanted(["main.c", "include/a.h"])).toEqual([]);
  });
});

describe("manifest reading", () => {
  it("reads go.mod blocks, comments and quoted tokens", () => {
    const text =
      'module "example.com/m" // the module\n\nrequire (\n\texample.com/a v1.0.0\n)\nreplace example.com/a v1.0.0 => ../a\n';
    expect(parseGoMod(text)).toEqual([
      { verb: "module", args: ["example.com/m"] },
      { verb: "require", args: ["example.com/a", "v1.0.0"] },
      { verb: "replace", args: ["example.com/a", "v1.0.0", "=>", "../a"] },
    ]);
    expect(readManifest("svc/go.mod", text)?.deps).toEqual([
      { by: "name", ecosystem: "go", name: "example.com/a" },
      { by: "dir", dir: "a" },
    ]);
  });

  it("leaves a broken manifest out instead of failing", () => {
    expect(readManifest("p/package.json", "{ not json")).toBeUndefined();
    expect(readManifest("c/Cargo.toml", "[package\nname=")).toBeUndefined();
  });
});
