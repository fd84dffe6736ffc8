import nock from "nock";
import { describe, expect, test } from "@jest/globals";
import { useNock } from "../helpers/use-nock.js";
import { buildWorkspaceContext } from "../../../src/app/workspace/build-workspace-context.js";
import { defaultConfig } from "../../../src/config/defaults.js";
import { testOctokit } from "../upstream/octokit.js";

const API = "https://api.github.com";
const REPO = "/repos/acme/shop";
const BASE = "b".repeat(40);
const raw = { "content-type": "application/vnd.github.raw; charset=utf-8" };
const blob = (path: string) => ({ path, type: "blob", mode: "100644", sha: "0".repeat(40), size: 10 });
const content = (path: string, text: string) =>
  nock(API)
    .get(`${REPO}/contents/${encodeURIComponent(path)}`)
    .query({ ref: BASE })
    .reply(200, text, raw);

useNock();

describe("buildWorkspaceContext", () => {
  test("one recursive tree read, the root files, then the member manifests", async () => {
    nock(API)
      .get(`${REPO}/git/trees/${BASE}`)
      .query({ recursive: "1" })
      .reply(200, {
        sha: BASE,
        truncated: false,
        tree: [
          blob("package.json"),
          blob("README.md"),
          { path: "packages", type: "tree", mode: "040000", sha: "1".repeat(40) },
          blob("packages/core/package.json"),
          blob("packages/core/index.js"),
          blob("packages/app/package.json"),
        ],
      });
    content("package.json", '{ "workspaces": ["packages/*"] }');
    content("packages/core/package.json", '{ "name": "core" }');
    content("packages/app/package.json", '{ "name": "app", "dependencies": { "core": "*" } }');
    const ws = await buildWorkspaceContext({
      octokit: testOctokit(),
      owner: "acme",
      repo: "shop",
      baseSha: BASE,
      config: defaultConfig(),
    });
    expect(ws.paths).toEqual([
      "README.md",
      "package.json",
      "packages/app/package.json",
      "packages/core/index.js",
      "packages/core/package.json",
    ]);
    expect(Object.keys(ws.files).sort()).toEqual([
      "package.json",
      "packages/app/package.json",
      "packages/core/package.json",
    ]);
    expect(ws.truncated).toBe(false);
  });

  test("a single-package repository stops after its root files", async () => {
    nock(API)
      .get(`${REPO}/git/trees/${BASE}`)
      .query({ recursive: "1" })
      .reply(200, { sha: BASE, truncated: true, tree: [blob("package.json"), blob("test/fixture/package.json")] });
    content("package.json", '{ "name": "single" }');
    const ws = await buildWorkspaceContext({
      octokit: testOctokit(),
      owner: "acme",
      repo: "shop",
      baseSha: BASE,
      config: defaultConfig(),
    });
    expect(ws.files).toEqual({ "package.json": '{ "name": "single" }' });
    expect(ws.truncated).toBe(true);
  });

  test("reads the manifests that own the changed files (package.json, CMake), not the ones the PR changes", async () => {
    nock(API)
      .get(`${REPO}/git/trees/${BASE}`)
      .query({ recursive: "1" })
      .reply(200, {
        sha: BASE,
        truncated: false,
        tree: [
          blob("README.md"),
          blob("libs/geo/package.json"),
          blob("libs/geo/index.d.ts"),
          blob("native/CMakeLists.txt"),
          blob("native/include/geo.h"),
          blob("tools/package.json"),
          blob("tools/x.d.ts"),
        ],
      });
    content("libs/geo/package.json", '{ "name": "geo", "version": "1.2.0" }');
    content("native/CMakeLists.txt", "add_library(geo SHARED geo.c)\n");
    const changed = ["libs/geo/index.d.ts", "native/include/geo.h", "tools/package.json", "tools/x.d.ts"];
    const ws = await buildWorkspaceContext({
      octokit: testOctokit(),
      owner: "acme",
      repo: "shop",
      baseSha: BASE,
      config: defaultConfig(),
      changed,
    });
    expect(Object.keys(ws.files).sort()).toEqual(["libs/geo/package.json", "native/CMakeLists.txt"]);
  });
});
