import { describe, expect, it } from "@jest/globals";
import { planChange } from "../../src/app/github-source/build-change-set.js";
import { defaultConfig } from "../../src/config/defaults.js";
import { detectors } from "../../src/engine/registry.js";
import { githubPatch } from "../app/helpers/change.js";
import type { PullFile } from "../../src/app/github-source/changed-files.js";
import type { PullTarget } from "../../src/app/target.js";

const BASE = "b".repeat(40);
const HEAD = "h".repeat(40);
const MERGE_BASE = "m".repeat(40);
const target: PullTarget = {
  owner: "acme",
  repo: "lib",
  number: 5,
  title: "t",
  body: "",
  base: { ref: "main", sha: BASE },
  head: { ref: "topic", sha: HEAD },
  labels: [],
};
const patch = githubPatch("int a;\nint b;\n", "int a;\n");

/** The planned reads as `<side> <ref>:<path>`, easy to read in a failure. */
const reads = (files: PullFile[], extra: { mergeBase?: string; config?: ReturnType<typeof defaultConfig> } = {}) =>
  planChange(
    { files, notReviewed: [], ...(extra.mergeBase ? { mergeBase: extra.mergeBase } : {}) },
    target,
    extra.config ?? defaultConfig(),
    detectors,
  ).reads.map((r) => `${r.side} ${r.req.ref}:${r.req.path}`);

describe("planChange: which versions a review reads", () => {
  it("modified with a patch: only the head version (the base is rebuilt from the patch)", () => {
    expect(reads([{ filename: "include/a.h", status: "modified", patch }])).toEqual([`after ${HEAD}:include/a.h`]);
  });

  it("modified without a patch (GitHub omits big diffs): the base tip too", () => {
    expect(reads([{ filename: "include/a.h", status: "modified" }])).toEqual([
      `after ${HEAD}:include/a.h`,
      `before ${BASE}:include/a.h`,
    ]);
    expect(reads([{ filename: "include/a.h", status: "changed", patch: "" }])).toEqual([
      `after ${HEAD}:include/a.h`,
      `before ${BASE}:include/a.h`,
    ]);
  });

  it("added: head only; removed: base only", () => {
    expect(reads([{ filename: "include/new.h", status: "added", patch: "@@ -0,0 +1 @@\n+int n;" }])).toEqual([
      `after ${HEAD}:include/new.h`,
    ]);
    expect(reads([{ filename: "include/old.h", status: "removed", patch: "@@ -1 +0,0 @@\n-int o;" }])).toEqual([
      `before ${BASE}:include/old.h`,
    ]);
  });

  it("renamed: the head version, and without a patch the previous path at the base tip", () => {
    expect(reads([{ filename: "include/b.h", previous_filename: "include/a.h", status: "renamed", patch }])).toEqual([
      `after ${HEAD}:include/b.h`,
    ]);
    expect(reads([{ filename: "include/b.h", previous_filename: "include/a.h", status: "renamed" }])).toEqual([
      `after ${HEAD}:include/b.h`,
      `before ${BASE}:include/a.h`,
    ]);
    // renamed out of what any detector reads: the old path still wants its version
    expect(reads([{ filename: "docs/a.txt", previous_filename: "include/a.h", status: "renamed" }])).toEqual([
      `after ${HEAD}:docs/a.txt`,
      `before ${BASE}:include/a.h`,
    ]);
  });

  it("a tree-diff listing (no patches): both versions, the before at the merge base", () => {
    const plan = planChange(
      {
        files: [
          { filename: "include/a.h", status: "modified" },
          { filename: "include/n.h", status: "added" },
        ],
        notReviewed: [],
        mergeBase: MERGE_BASE,
      },
      target,
      defaultConfig(),
      detectors,
    );
    expect(plan.mergeBase).toBe(MERGE_BASE);
    expect(plan.reads.map((r) => `${r.side} ${r.req.ref}:${r.req.path}`)).toEqual([
      `after ${HEAD}:include/a.h`,
      `before ${MERGE_BASE}:include/a.h`,
      `after ${HEAD}:include/n.h`,
    ]);
    // even a modified file with hunks is read at the merge base: tree-diff files carry none from GitHub
    expect(reads([{ filename: "include/a.h", status: "modified", patch }], { mergeBase: MERGE_BASE })).toEqual([
      `after ${HEAD}:include/a.h`,
      `before ${MERGE_BASE}:include/a.h`,
    ]);
    expect(reads([{ filename: "include/gone.h", status: "removed" }], { mergeBase: MERGE_BASE })).toEqual([
      `before ${MERGE_BASE}:include/gone.h`,
    ]);
  });

  it("reads nothing of a file no detector applies to, and says so on the pair", () => {
    const plan = planChange(
      { files: [{ filename: "README.md", status: "modified", patch: "@@ -1 +1 @@\n-a\n+b" }], notReviewed: [] },
      target,
      defaultConfig(),
      detectors,
    );
    expect(plan.reads).toEqual([]);
    expect(plan.files).toEqual([
      expect.objectContaining({ path: "README.md", skipped: "no detector applies", before: null, after: null }),
    ]);
  });

  it("past limits.files: wanted files first, the rest said in notReviewed, nothing dropped silently", () => {
    const config = defaultConfig();
    config.limits.files = 2;
    const files: PullFile[] = [
      { filename: "README.md", status: "modified", patch },
      { filename: "src/main.c", status: "modified", patch },
      { filename: "include/a.h", status: "modified", patch },
      { filename: "include/b.h", status: "modified", patch },
      { filename: "include/c.h", status: "modified", patch },
    ];
    const plan = planChange(
      { files, notReviewed: [{ path: "(file list)", reason: "listed by tree diff" }] },
      target,
      config,
      detectors,
    );
    expect(plan.files.map((f) => f.path)).toEqual(["include/a.h", "include/b.h"]);
    expect(plan.notReviewed).toEqual([
      { path: "(file list)", reason: "listed by tree diff" },
      { path: "include/c.h", reason: "over limits.files (2)" },
      { path: "README.md", reason: "over limits.files (2)" },
      { path: "src/main.c", reason: "over limits.files (2)" },
    ]);
    expect(plan.reads.map((r) => r.req.path)).toEqual(["include/a.h", "include/b.h"]);
  });

  it("at limits.files exactly, keeps GitHub's order and drops nothing", () => {
    const config = defaultConfig();
    config.limits.files = 2;
    const plan = planChange(
      {
        files: [
          { filename: "README.md", status: "modified", patch },
          { filename: "include/a.h", status: "modified", patch },
        ],
        notReviewed: [],
      },
      target,
      config,
      detectors,
    );
    expect(plan.files.map((f) => f.path)).toEqual(["README.md", "include/a.h"]);
    expect(plan.notReviewed).toEqual([]);
  });
});
