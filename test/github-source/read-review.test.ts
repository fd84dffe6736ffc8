import { describe, expect, it } from "@jest/globals";
import nock from "nock";
import { readReview } from "../../src/app/github-source/read-review.js";
import { defaultConfig } from "../../src/config/defaults.js";
import { detectors } from "../../src/engine/registry.js";
import { githubPatch } from "../app/helpers/change.js";
import { testOctokit } from "../app/upstream/octokit.js";
import { useNock } from "../app/helpers/use-nock.js";
import { NAME, OWNER, serveGraphql, source, type Facts } from "../helpers/fake-graphql.js";
import type { PullTarget } from "../../src/app/target.js";

useNock();

const API = "https://api.github.com";
const REPO = `/repos/${OWNER}/${NAME}`;
const BASE = "b".repeat(40);
const HEAD = "a".repeat(40);
const raw = { "content-type": "application/vnd.github.raw; charset=utf-8" };
const target: PullTarget = {
  owner: OWNER,
  repo: NAME,
  number: 5,
  title: "t",
  body: "",
  base: { ref: "main", sha: BASE },
  head: { ref: "topic", sha: HEAD },
  labels: [],
};

const KV_BEFORE = "struct kv { int a; int b; };\n";
const KV_AFTER = "struct kv { int a; };\n";
const CMAKE = "add_library(kv SHARED src/kv.c)\nset_target_properties(kv PROPERTIES SOVERSION 2)\n";

/** Probot's config read, counted: the query's texts should make it unnecessary. */
function probotConfig() {
  const calls: number[] = [];
  return { calls, readConfig: async () => (calls.push(1), { from: "probot" }) };
}

const listed = (filename: string, status: string, patch?: string) => ({
  sha: "0".repeat(40),
  filename,
  status,
  additions: 1,
  deletions: 1,
  changes: 2,
  ...(patch ? { patch } : {}),
});
const listFiles = (files: object[]) =>
  nock(API).get(`${REPO}/pulls/5/files`).query({ per_page: "100" }).reply(200, files);
const expressions = (q: { variables: Record<string, unknown> }) =>
  Object.entries(q.variables)
    .filter(([k]) => /^e\d+$/.test(k))
    .map(([, v]) => v as string);

describe("readReview with GraphQL", () => {
  const facts: Facts = {
    config: "limits:\n  files: 100\n",
    files: {
      [`${HEAD}:lib/kv/include/kv.h`]: KV_AFTER,
      [`${BASE}:lib/kv/include/kv.h`]: KV_BEFORE,
      [`${HEAD}:.github/impactgate.yml`]: "limits:\n  files: 1\n",
      [`${BASE}:lib/kv/CMakeLists.txt`]: CMAKE,
      [`${BASE}:package.json`]: '{ "name": "kv" }',
    },
  };
  const files = [
    listed("lib/kv/include/kv.h", "modified", githubPatch(KV_BEFORE, KV_AFTER)),
    listed("lib/kv/src/kv.c", "modified", "@@ -1 +1 @@\n-int x;\n+int y;"),
    listed(".github/impactgate.yml", "modified", "@@ -1 +1 @@\n-a\n+b"),
    listed("README.md", "modified", "@@ -1 +1 @@\n-a\n+b"),
  ];

  it("reads the file list, then ONE query: config, the wanted head versions, the proposed config, the workspace probe", async () => {
    listFiles(files);
    const seen = serveGraphql(source(facts));
    const p = probotConfig();
    const reads = await readReview({
      octokit: testOctokit(),
      target,
      detectors,
      predicted: defaultConfig(),
      readConfig: p.readConfig,
      withFiles: true,
    });

    expect(seen).toHaveLength(1);
    const asked = expressions(seen[0]!);
    expect(asked.slice(0, 2)).toEqual([`${HEAD}:lib/kv/include/kv.h`, `${HEAD}:.github/impactgate.yml`]);
    expect(asked).toContain(`${BASE}:lib/kv/CMakeLists.txt`);
    expect(asked).toContain(`${BASE}:lib/kv/src/meson.build`);
    expect(asked).not.toContain(`${BASE}:lib/kv/include/kv.h`); // rebuilt from the patch
    expect(reads.listing?.files.map((f) => f.filename)).toEqual(files.map((f) => f.filename));
    expect(reads.probed).toEqual({ "lib/kv/CMakeLists.txt": CMAKE, "package.json": '{ "name": "kv" }' });
    expect(await reads.readConfig()).toEqual({ limits: { files: 100 } });
    expect(await reads.readConfigText()).toBe("limits:\n  files: 100\n");
    expect(p.calls).toHaveLength(0);
    expect(reads.checkRun).toBeUndefined();
    expect(reads.comments).toEqual([]);

    // the prefetched versions cost nothing more (no interceptor is left: a request would fail)
    const got = await reads.fetcher.fetch(
      [
        { path: "lib/kv/include/kv.h", ref: HEAD },
        { path: ".github/impactgate.yml", ref: HEAD },
        { path: "lib/kv/CMakeLists.txt", ref: BASE },
        { path: "meson.build", ref: BASE },
      ],
      { maxBytes: 1000 },
    );
    expect(got).toEqual([
      { text: KV_AFTER },
      { text: "limits:\n  files: 1\n" },
      { text: CMAKE },
      { text: null, skipped: "not found at that commit" },
    ]);
  });

  it("reads versions nobody predicted later, in one batched query", async () => {
    listFiles(files);
    const seen = serveGraphql(source(facts), 2);
    const reads = await readReview({
      octokit: testOctokit(),
      target,
      detectors,
      predicted: defaultConfig(),
      readConfig: probotConfig().readConfig,
      withFiles: true,
    });
    const got = await reads.fetcher.fetch(
      [
        { path: "lib/kv/include/kv.h", ref: BASE },
        { path: "lib/kv/include/kv.h", ref: HEAD },
        { path: "lib/kv/src/kv.c", ref: HEAD },
      ],
      { maxBytes: 1000 },
    );
    expect(got).toEqual([{ text: KV_BEFORE }, { text: KV_AFTER }, { text: null, skipped: "not found at that commit" }]);
    expect(seen).toHaveLength(2);
    expect(expressions(seen[1]!)).toEqual([`${BASE}:lib/kv/include/kv.h`, `${HEAD}:lib/kv/src/kv.c`]);
  });

  it("asks for at most 50 file versions, plus the probe on top", async () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      listed(`include/api_${i}.h`, "modified", "@@ -1 +1 @@\n-int a;\n+int b;"),
    );
    listFiles(many);
    const seen = serveGraphql(source({}));
    await readReview({
      octokit: testOctokit(),
      target,
      detectors,
      predicted: defaultConfig(),
      readConfig: probotConfig().readConfig,
      withFiles: true,
    });
    const asked = expressions(seen[0]!);
    expect(asked.filter((e) => e.startsWith(`${HEAD}:`))).toEqual(
      many.slice(0, 50).map((f) => `${HEAD}:${f.filename}`),
    );
    expect(asked.filter((e) => e.startsWith(`${BASE}:`)).sort()).toEqual(
      [
        "CMakeLists.txt",
        "Cargo.toml",
        "go.mod",
        "go.work",
        "include/CMakeLists.txt",
        "include/meson.build",
        "include/package.json",
        "lerna.json",
        "meson.build",
        "package.json",
        "pnpm-workspace.yaml",
      ].map((p) => `${BASE}:${p}`),
    );
  });

  it("without files (findings known for the head): no file list, no file versions, no probe", async () => {
    const seen = serveGraphql(source(facts));
    const reads = await readReview({
      octokit: testOctokit(),
      target,
      detectors,
      predicted: defaultConfig(),
      readConfig: probotConfig().readConfig,
      withFiles: false,
    });
    expect(expressions(seen[0]!)).toEqual([]);
    expect(reads.listing).toBeUndefined();
    expect(reads.probed).toBeUndefined();
  });

  it("has no probe when no detector reads a workspace", async () => {
    listFiles(files);
    const seen = serveGraphql(source(facts));
    const reads = await readReview({
      octokit: testOctokit(),
      target,
      detectors: detectors.filter((d) => d.id !== "packages" && d.id !== "manifest"),
      predicted: defaultConfig(),
      readConfig: probotConfig().readConfig,
      withFiles: true,
    });
    expect(expressions(seen[0]!).filter((e) => e.startsWith(`${BASE}:`))).toEqual([]);
    expect(reads.probed).toBeUndefined();
  });

  it("leaves the probe undecided when GitHub truncated a probed file (the tree read decides)", async () => {
    listFiles(files);
    serveGraphql(
      source({
        ...facts,
        files: { ...facts.files, [`${BASE}:package.json`]: `{ "name": "kv", "description": "${"x".repeat(200)}" }` },
      }),
      1,
      { blobTextLimit: 100 },
    );
    const reads = await readReview({
      octokit: testOctokit(),
      target,
      detectors,
      predicted: defaultConfig(),
      readConfig: probotConfig().readConfig,
      withFiles: true,
    });
    expect(reads.probed).toBeUndefined();
  });
});

describe("readReview on a server without GraphQL", () => {
  it.each([404, 501])(
    "falls back to REST on %i: Probot's config read, the run via listForRef, files one by one",
    async (status) => {
      const api = nock(API);
      listFiles([listed("include/a.h", "modified", "@@ -1 +1 @@\n-int a;\n+int b;")]);
      api.post("/graphql").reply(status, { message: "Not Found" });
      api
        .get(`${REPO}/commits/${HEAD}/check-runs`)
        .query({ check_name: "impactgate", filter: "latest", per_page: "100" })
        .reply(200, { total_count: 1, check_runs: [{ id: 61, name: "impactgate", output: { text: null } }] });
      const p = probotConfig();
      const reads = await readReview({
        octokit: testOctokit(),
        target,
        detectors,
        predicted: defaultConfig(),
        readConfig: p.readConfig,
        withFiles: true,
      });
      expect(reads.checkRun).toEqual({ checkRunId: 61, known: undefined });
      expect(reads.listing?.files).toHaveLength(1);
      expect(reads.probed).toBeUndefined();
      expect(await reads.readConfig()).toEqual({ from: "probot" });
      expect(p.calls).toHaveLength(1);

      api.get(`${REPO}/contents/.github%2Fimpactgate.yml`).reply(200, "limits: {}\n", raw);
      expect(await reads.readConfigText()).toBe("limits: {}\n");
      api.get(`${REPO}/contents/include%2Fa.h`).query({ ref: HEAD }).reply(200, "int b;\n", raw);
      api.get(`${REPO}/contents/include%2Fa.h`).query({ ref: BASE }).reply(404, { message: "Not Found" });
      expect(
        await reads.fetcher.fetch(
          [
            { path: "include/a.h", ref: HEAD },
            { path: "include/a.h", ref: BASE },
          ],
          { maxBytes: 100 },
        ),
      ).toEqual([{ text: "int b;\n" }, { text: null, skipped: "not found at that commit" }]);
    },
  );

  it("throws other GraphQL failures (the gate completes the check as failure)", async () => {
    listFiles([]);
    nock(API).post("/graphql").reply(502, { message: "Bad Gateway" });
    await expect(
      readReview({
        octokit: testOctokit(),
        target,
        detectors,
        predicted: defaultConfig(),
        readConfig: probotConfig().readConfig,
        withFiles: true,
      }),
    ).rejects.toMatchObject({ status: 502 });
  });
});
