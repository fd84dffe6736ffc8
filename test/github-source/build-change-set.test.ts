import { describe, expect, it } from "@jest/globals";
import { buildChangeSet } from "../../src/app/github-source/build-change-set.js";
import { graphqlContentFetcher } from "../../src/app/github-source/contents.js";
import { defaultConfig } from "../../src/config/defaults.js";
import { detectors } from "../../src/engine/registry.js";
import { githubPatch } from "../app/helpers/change.js";
import { testOctokit } from "../app/upstream/octokit.js";
import { useNock } from "../app/helpers/use-nock.js";
import { NAME, OWNER, serveGraphql, source } from "../helpers/fake-graphql.js";
import type { ChangedFiles } from "../../src/app/github-source/changed-files.js";
import type { PullTarget } from "../../src/app/target.js";

useNock();

const BASE = "b".repeat(40);
const HEAD = "a".repeat(40);
const MERGE_BASE = "c".repeat(40);
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

// The PR changed the merge-base version; the base branch's tip has moved on since (a line landed).
const MERGED = "#ifndef KV_H\n#define KV_H\nstruct kv { int a; int b; };\nint kv_open(void);\n#endif\n";
const TIP =
  "#ifndef KV_H\n#define KV_H\nstruct kv { int a; int b; };\nint kv_open(void);\nint kv_close(void);\n#endif\n";
const AFTER = "#ifndef KV_H\n#define KV_H\nstruct kv { int a; };\nint kv_open(void);\n#endif\n";

const expressions = (seen: { variables: Record<string, unknown> }[]) =>
  seen.map((q) =>
    Object.entries(q.variables)
      .filter(([k]) => /^e\d+$/.test(k))
      .map(([, v]) => v as string),
  );

async function build(listing: ChangedFiles, files: Record<string, string>, queries: number) {
  const seen = serveGraphql(source({ files }), queries);
  const octokit = testOctokit();
  const cs = await buildChangeSet({
    octokit,
    target,
    config: defaultConfig(),
    detectors,
    fetcher: graphqlContentFetcher(octokit, { owner: OWNER, repo: NAME }),
    listing,
  });
  return { cs, asked: expressions(seen) };
}

describe("buildChangeSet: the base version the PR changed", () => {
  it("a patch that applies backwards gives the merge-base version, and no base version is read at all", async () => {
    const listing = {
      files: [{ filename: "include/kv.h", status: "modified", patch: githubPatch(MERGED, AFTER) }],
      notReviewed: [],
    };
    const { cs, asked } = await build(listing, { [`${HEAD}:include/kv.h`]: AFTER, [`${BASE}:include/kv.h`]: TIP }, 1);
    expect(asked).toEqual([[`${HEAD}:include/kv.h`]]);
    expect(cs.files[0]).toMatchObject({ path: "include/kv.h", before: MERGED, after: AFTER });
  });

  it("a stale patch (it does not apply to the head) makes a second read, of the base tip, and uses it", async () => {
    const stale = githubPatch(MERGED, AFTER.replace("int kv_open(void);", "int kv_open(int flags);"));
    const listing = { files: [{ filename: "include/kv.h", status: "modified", patch: stale }], notReviewed: [] };
    const { cs, asked } = await build(listing, { [`${HEAD}:include/kv.h`]: AFTER, [`${BASE}:include/kv.h`]: TIP }, 2);
    expect(asked).toEqual([[`${HEAD}:include/kv.h`], [`${BASE}:include/kv.h`]]);
    expect(cs.files[0]).toMatchObject({ before: TIP, after: AFTER });
    expect(cs.files[0]!.skipped).toBeUndefined();
  });

  it("a renamed file: rebuilt from its patch, else its previous path read at the base tip", async () => {
    const renamed = (patch: string) => ({
      files: [{ filename: "include/kv2.h", previous_filename: "include/kv.h", status: "renamed", patch }],
      notReviewed: [],
    });
    const files = { [`${HEAD}:include/kv2.h`]: AFTER, [`${BASE}:include/kv.h`]: TIP };
    const applies = await build(renamed(githubPatch(MERGED, AFTER)), files, 1);
    expect(applies.asked).toEqual([[`${HEAD}:include/kv2.h`]]);
    expect(applies.cs.files[0]).toMatchObject({ path: "include/kv2.h", previousPath: "include/kv.h", before: MERGED });
    const stale = await build(renamed("@@ -1,2 +1,2 @@\n-#ifndef OLD_H\n+#ifndef KV2_H\n #define KV_H"), files, 2);
    expect(stale.asked).toEqual([[`${HEAD}:include/kv2.h`], [`${BASE}:include/kv.h`]]);
    expect(stale.cs.files[0]).toMatchObject({ before: TIP, after: AFTER });
  });

  it("a modified file without a patch reads both in the first request, and a second is never needed", async () => {
    const listing = { files: [{ filename: "include/kv.h", status: "modified" }], notReviewed: [] };
    const { cs, asked } = await build(listing, { [`${HEAD}:include/kv.h`]: AFTER, [`${BASE}:include/kv.h`]: TIP }, 1);
    expect(asked).toEqual([[`${HEAD}:include/kv.h`, `${BASE}:include/kv.h`]]);
    expect(cs.files[0]).toMatchObject({ before: TIP, after: AFTER });
    expect(cs.files[0]!.hunks).toEqual([]);
  });

  it("a head version that could not be read is said on the pair, and its base is not read for nothing", async () => {
    const listing = {
      files: [{ filename: "include/kv.h", status: "modified", patch: githubPatch(MERGED, AFTER) }],
      notReviewed: [],
    };
    const { cs, asked } = await build(listing, {}, 1);
    expect(asked).toEqual([[`${HEAD}:include/kv.h`]]);
    expect(cs.files[0]).toMatchObject({ before: null, after: null, skipped: "after: not found at that commit" });
  });

  it("a tree-diff listing reads both versions at the merge base and head, and computes the hunks", async () => {
    const listing = {
      files: [{ filename: "include/kv.h", status: "modified" }],
      notReviewed: [{ path: "(file list)", reason: "tree diff" }],
      mergeBase: MERGE_BASE,
    };
    const { cs, asked } = await build(
      listing,
      { [`${HEAD}:include/kv.h`]: AFTER, [`${MERGE_BASE}:include/kv.h`]: MERGED },
      1,
    );
    expect(asked).toEqual([[`${HEAD}:include/kv.h`, `${MERGE_BASE}:include/kv.h`]]);
    expect(cs.files[0]).toMatchObject({ before: MERGED, after: AFTER });
    expect(cs.files[0]!.hunks).toHaveLength(1);
    expect(cs.notReviewed).toEqual([{ path: "(file list)", reason: "tree diff" }]);
  });
});
