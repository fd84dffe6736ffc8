import nock from "nock";
import { describe, expect, test } from "@jest/globals";
import { useNock } from "../helpers/use-nock.js";
import { withRepositoryContext } from "../../../src/app/workspace/with-repository-context.js";
import { changeSetFromTrees } from "../../../src/engine/from-trees.js";
import { defaultConfig } from "../../../src/config/defaults.js";
import { detectors } from "../../../src/engine/registry.js";
import { testOctokit } from "../upstream/octokit.js";

const API = "https://api.github.com";
const BASE = "c".repeat(40);
const raw = { "content-type": "application/vnd.github.raw; charset=utf-8" };

useNock();

function changeSet() {
  const cs = changeSetFromTrees({
    before: { "a/x.js": "1\n" },
    after: { "a/x.js": "2\n" },
    repo: { owner: "acme", name: "mono" },
  });
  return { ...cs, base: { ref: "main", sha: BASE }, workspace: undefined };
}

describe("withRepositoryContext", () => {
  test("reads the workspace and, for a fork, the upstream", async () => {
    const api = nock(API);
    api
      .get(`/repos/acme/mono/git/trees/${BASE}`)
      .query({ recursive: "1" })
      .reply(200, {
        sha: BASE,
        truncated: false,
        tree: [
          { path: "a/x.js", type: "blob" },
          { path: "pnpm-workspace.yaml", type: "blob" },
        ],
      });
    api
      .get(`/repos/acme/mono/contents/${encodeURIComponent("pnpm-workspace.yaml")}`)
      .query({ ref: BASE })
      .reply(200, "packages: ['a']\n", raw);
    api
      .get("/repos/acme/mono")
      .reply(200, { fork: true, parent: { name: "mono", owner: { login: "upstream-org" }, default_branch: "trunk" } });
    api
      .get("/repos/upstream-org/mono/compare/upstream-org%3Atrunk...acme%3Amain")
      .query({ per_page: "1" })
      .reply(200, { ahead_by: 3, behind_by: 0 });
    api
      .get(`/repos/upstream-org/mono/contents/${encodeURIComponent("a/x.js")}`)
      .query({ ref: "trunk" })
      .reply(200, "1\n", raw);
    const warnings: unknown[] = [];
    const cs = await withRepositoryContext({
      octokit: testOctokit(),
      log: { warn: (o: unknown) => void warnings.push(o) },
      changeSet: changeSet(),
      config: defaultConfig(),
      detectors,
    });
    expect(cs.workspace).toEqual({
      paths: ["a/x.js", "pnpm-workspace.yaml"],
      files: { "pnpm-workspace.yaml": "packages: ['a']\n" },
    });
    expect(cs.upstream).toEqual({
      repo: "upstream-org/mono",
      branch: "trunk",
      ahead: 3,
      behind: 0,
      files: { "a/x.js": "1\n" },
    });
    expect(warnings).toEqual([]);
  });

  test("a failed read is logged and said, and the review goes on without it", async () => {
    nock(API)
      .get(`/repos/acme/mono/git/trees/${BASE}`)
      .query({ recursive: "1" })
      .reply(500, { message: "Server Error" });
    const warnings: unknown[] = [];
    const cs = await withRepositoryContext({
      octokit: testOctokit(),
      log: { warn: (o: unknown) => void warnings.push(o) },
      changeSet: changeSet(),
      config: defaultConfig(),
      detectors,
      isFork: false,
    });
    expect(cs.workspace).toBeUndefined();
    expect(cs.upstream).toBeUndefined();
    expect(cs.notReviewed).toEqual([
      { path: "(workspace)", reason: expect.stringContaining("could not be read from GitHub") },
    ]);
    expect(warnings).toHaveLength(1);
  });
});
