import { describe, expect, it } from "@jest/globals";
import { MAX_PROBES, probesSuffice, workspaceProbes } from "../../src/app/workspace/workspace-probe.js";
import { defaultConfig } from "../../src/config/defaults.js";
import { detectors } from "../../src/engine/registry.js";

const ROOT = [
  "CMakeLists.txt",
  "Cargo.toml",
  "go.mod",
  "go.work",
  "lerna.json",
  "meson.build",
  "package.json",
  "pnpm-workspace.yaml",
];
const owners = (dir: string) => ["CMakeLists.txt", "meson.build", "package.json"].map((n) => `${dir}/${n}`);

describe("workspaceProbes", () => {
  it("asks for the root workspace files and the manifests above every changed file, deduplicated and sorted", () => {
    const probes = workspaceProbes(["lib/kv/include/kv.h", "lib/kv/src/kv.c", "lib/kv/include/kv_opts.h", "README.md"]);
    expect(probes).toEqual(
      [...ROOT, ...owners("lib"), ...owners("lib/kv"), ...owners("lib/kv/include"), ...owners("lib/kv/src")].sort(),
    );
    expect(new Set(probes).size).toBe(probes!.length);
  });

  it("asks for the root files alone for a root-level change, and the workspace files alone for no change", () => {
    expect(workspaceProbes(["README.md"])).toEqual(ROOT);
    expect(workspaceProbes([])).toEqual([
      "Cargo.toml",
      "go.mod",
      "go.work",
      "lerna.json",
      "package.json",
      "pnpm-workspace.yaml",
    ]);
  });

  it(`gives up (undefined: the tree is read) past MAX_PROBES (${MAX_PROBES}) paths`, () => {
    // 8 root paths, then 3 per directory: 17 directories make 59, 18 make 62
    const dirs = (n: number) => Array.from({ length: n }, (_, i) => `pkg${i}/x.c`);
    expect(workspaceProbes(dirs(17))).toHaveLength(59);
    expect(workspaceProbes(dirs(18))).toBeUndefined();
    // a deep path counts each of its directories
    expect(workspaceProbes([`${Array.from({ length: 18 }, (_, i) => `d${i}`).join("/")}/x.h`])).toBeUndefined();
  });

  it("asks for the umbrella headers of a changed header: the one named like its directory, beside it or inside it", () => {
    const probes = workspaceProbes(["include/git2/version.h", "include/git2/sys/errors.h"]);
    expect(probes).toEqual(expect.arrayContaining(["include/git2.h", "include/git2/git2.h", "include/git2/sys.h"]));
    // a directory named for the layout (`include/`) names no library
    expect(workspaceProbes(["include/zlib.h"])!.filter((p) => p.endsWith(".h"))).toEqual([]);
  });
});

describe("probesSuffice", () => {
  const config = defaultConfig();
  const cmake =
    "add_library(kv SHARED src/kv.c)\nset_target_properties(kv PROPERTIES SOVERSION 2 PUBLIC_HEADER include/kv.h)\n";

  it("is true for a C-only change with a CMakeLists.txt above it that installs the header (a single-package repository around it)", () => {
    const found = { "lib/kv/CMakeLists.txt": cmake, "package.json": '{ "name": "single", "version": "1.0.0" }' };
    expect(probesSuffice(found, ["lib/kv/include/kv.h", "lib/kv/src/kv.c"], config, detectors)).toBe(true);
    expect(probesSuffice({}, ["src/point.c"], config, detectors)).toBe(true);
  });

  it("is false for a header no probed install list names (the build file that installs it may be anywhere: lib/Makefile), unless it is under include/ and nothing probed installs anything", () => {
    const found = { "CMakeLists.txt": "project(q C)\ninstall(FILES lib/q.h DESTINATION include)\n" };
    expect(probesSuffice(found, ["lib/q.h"], config, detectors)).toBe(true);
    expect(probesSuffice(found, ["programs/cli.h"], config, detectors)).toBe(false);
    expect(probesSuffice({}, ["lib/q.h"], config, detectors)).toBe(false);
    // under include/ with no probed install list: interface by convention, the tree is not read
    expect(probesSuffice({}, ["include/point.h"], config, detectors)).toBe(true);
    expect(probesSuffice({}, ["contrib/zipper/include/zipper.h"], config, detectors)).toBe(false);
    // a test header is never interface, and set interfaces.include decides alone: nothing to look up
    expect(probesSuffice({}, ["tests/fixture.h"], config, detectors)).toBe(true);
    const scoped = { ...config, interfaces: { ...config.interfaces, include: ["lib/*.h"] } };
    expect(probesSuffice({}, ["lib/q.h"], scoped, detectors)).toBe(true);
  });

  it.each([
    ["package.json workspaces", { "package.json": '{ "private": true, "workspaces": ["packages/*"] }' }],
    ["pnpm-workspace.yaml", { "pnpm-workspace.yaml": "packages:\n  - 'packages/*'\n" }],
    ["lerna.json", { "lerna.json": '{ "packages": ["modules/*"] }' }],
    ["Cargo [workspace]", { "Cargo.toml": '[workspace]\nmembers = ["crates/*"]\n' }],
    ["go.work", { "go.work": "go 1.22\n\nuse (\n\t./api\n\t./cmd\n)\n" }],
  ])("is false for a declared workspace (%s): members are found by globbing the tree", (_, found) => {
    expect(probesSuffice(found, ["src/point.c"], config, detectors)).toBe(false);
  });

  it("is false when the config declares `packages`", () => {
    const declared = { ...defaultConfig(), packages: { core: ["libs/core/**"] } };
    expect(probesSuffice({}, ["src/point.c"], declared, detectors)).toBe(false);
  });

  it("is not fooled by a workspace declared below the root, nor by one the packages detector is not there to read", () => {
    expect(probesSuffice({ "lib/package.json": '{ "workspaces": ["*"] }' }, ["lib/a.c"], config, detectors)).toBe(true);
    const withoutPackages = detectors.filter((d) => d.id !== "packages");
    expect(
      probesSuffice({ "package.json": '{ "workspaces": ["packages/*"] }' }, ["src/point.c"], config, withoutPackages),
    ).toBe(true);
  });

  it("is false for a changed TypeScript file (.ts, .d.ts, .mts): entry points resolve imports across the tree", () => {
    for (const path of ["src/index.ts", "types/index.d.ts", "lib/esm/index.d.mts", "ui/App.tsx"]) {
      expect(probesSuffice({}, ["src/point.c", path], config, detectors)).toBe(false);
    }
    // without the TypeScript detector, a .ts file is only a file
    expect(
      probesSuffice(
        {},
        ["src/index.ts"],
        config,
        detectors.filter((d) => d.id !== "ts"),
      ),
    ).toBe(true);
  });

  it("is false for a changed package.json at any depth: its declarations are looked up below it", () => {
    expect(probesSuffice({}, ["package.json"], config, detectors)).toBe(false);
    expect(probesSuffice({}, ["libs/geo/package.json"], config, detectors)).toBe(false);
  });
});
