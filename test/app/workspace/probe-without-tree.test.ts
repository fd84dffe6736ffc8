import { readFileSync } from "node:fs";
import { describe, expect, test } from "@jest/globals";
import { useNock } from "../helpers/use-nock.js";
import { testProbot } from "../helpers/probot.js";
import { payload } from "../helpers/payloads.js";
import { deliver } from "../helpers/deliver.js";
import { github } from "../helpers/github.js";
import { githubPatch, listedFile } from "../helpers/change.js";

useNock();

const opened = payload("pull-request-opened-without-statement");
const HEAD = opened.pull_request.head.sha as string;
const BASE = opened.pull_request.base.sha as string;

// The fixture case of the rule: a struct loses a field below a CMakeLists.txt that keeps SOVERSION 2.
const CASE = new URL(
  "../../../fixtures/detectors/manifest/c-abi-break-without-soversion-bump-is-error/",
  import.meta.url,
);
const read = (side: "before" | "after", path: string) => readFileSync(new URL(`${side}/${path}`, CASE), "utf8");
const KV_BEFORE = read("before", "lib/kv/include/kv.h");
const KV_AFTER = read("after", "lib/kv/include/kv.h");
const CMAKE = read("before", "lib/kv/CMakeLists.txt");

/** The PR changes the header only; the base holds the CMakeLists.txt above it (and whatever `base` adds). */
function kvChange(gh: ReturnType<typeof github>, base: Record<string, string> = {}) {
  gh.token();
  gh.config(null);
  gh.checkRuns(HEAD);
  gh.comments([[]]);
  gh.files([listedFile("lib/kv/include/kv.h", "modified", githubPatch(KV_BEFORE, KV_AFTER))]);
  gh.content("lib/kv/include/kv.h", HEAD, KV_AFTER);
  gh.content("lib/kv/CMakeLists.txt", BASE, CMAKE);
  for (const [path, text] of Object.entries(base)) gh.content(path, BASE, text);
  gh.createCheckRun(42);
  gh.createComment();
  gh.addLabels();
}

const titles = (check: { output: { annotations: { path: string; title: string }[] } }) =>
  check.output.annotations.map((a) => `${a.path} ${a.title}`);

describe("the workspace probe at app level", () => {
  test("a C change under a CMakeLists.txt with SOVERSION: the rule fires from the probed file, without a tree read", async () => {
    const gh = github();
    kvChange(gh);
    const { probot } = await testProbot();
    await deliver(probot, "pull_request", opened);

    const [check] = gh.bodies("check-runs.create");
    expect(check.conclusion).toBe("action_required");
    expect(titles(check)).toEqual(
      expect.arrayContaining([
        "lib/kv/CMakeLists.txt manifest/c-abi-break-without-soversion-bump: kv",
        "lib/kv/include/kv.h c/field-removed: struct kv_options.timeout",
      ]),
    );
    expect(gh.requests.some((r) => r.includes("/git/trees/"))).toBe(false);
    // one GraphQL request carried the header's head version and the probe (the CMakeLists.txt among
    // them); the other asks for release tags (compare.unreleased: the review has errors)
    expect(gh.queries.filter((q) => !/refPrefix/.test(q.query))).toHaveLength(1);
    expect(gh.blobsRead()).toEqual(
      expect.arrayContaining([
        `${HEAD}:lib/kv/include/kv.h`,
        `${BASE}:lib/kv/CMakeLists.txt`,
        `${BASE}:lib/kv/include/CMakeLists.txt`,
        `${BASE}:package.json`,
      ]),
    );
    expect(gh.blobsRead()).not.toContain(`${BASE}:lib/kv/include/kv.h`); // rebuilt from the patch
  });

  test("the same change in a declared npm workspace reads the tree (members are globbed), and the rule still fires", async () => {
    const gh = github();
    const members = {
      "package.json": '{ "private": true, "workspaces": ["packages/*"] }',
      "packages/web/package.json": '{ "name": "web", "version": "1.0.0" }',
    };
    kvChange(gh, members);
    gh.tree(BASE, [
      "package.json",
      "packages/web/package.json",
      "packages/web/index.js",
      "lib/kv/CMakeLists.txt",
      "lib/kv/include/kv.h",
      "lib/kv/src/kv.c",
    ]);
    const { probot } = await testProbot();
    await deliver(probot, "pull_request", opened);

    const [check] = gh.bodies("check-runs.create");
    expect(titles(check)).toContain("lib/kv/CMakeLists.txt manifest/c-abi-break-without-soversion-bump: kv");
    expect(gh.requests.filter((r) => r.includes("/git/trees/"))).toEqual([
      `GET /repos/Codertocat/Hello-World/git/trees/${BASE}?recursive=1`,
    ]);
    // the member manifest was not predicted: read in one more batched query, the probed files not
    // again (the release-tag query of compare.unreleased aside)
    expect(gh.queries.filter((q) => !/refPrefix/.test(q.query))).toHaveLength(2);
    expect(gh.blobsRead().filter((e) => e === `${BASE}:lib/kv/CMakeLists.txt`)).toHaveLength(1);
    expect(gh.blobsRead()).toContain(`${BASE}:packages/web/package.json`);
  });

  test("a program's header no probed build file installs: the tree is read, lib/Makefile's install recipe decides, and only the installed header's break is reported", async () => {
    // The fixture case: lib/Makefile installs lib/quill.h; programs/quill_io.h is the tool's own header.
    const QUILL = new URL(
      "../../../fixtures/detectors/c/function-removed-from-header-installed-by-lib-makefile/",
      import.meta.url,
    );
    const fixture = (side: "before" | "after", path: string) => readFileSync(new URL(`${side}/${path}`, QUILL), "utf8");
    // and a struct of the library's private header (which lib/Makefile does not install) loses a member
    const INTERNAL = "lib/quill_internal.h";
    const quill = (side: "before" | "after", path: string) =>
      path === INTERNAL && side === "after"
        ? fixture("before", path).replace("  size_t pending;\n", "")
        : fixture(side, path);
    const changed = ["lib/quill.h", INTERNAL, "programs/quill_io.h"];
    const gh = github();
    gh.token();
    gh.config(null);
    gh.checkRuns(HEAD);
    gh.comments([[]]);
    gh.files(changed.map((p) => listedFile(p, "modified", githubPatch(quill("before", p), quill("after", p)))));
    for (const p of changed) gh.content(p, HEAD, quill("after", p));
    for (const p of ["Makefile", "lib/Makefile", "programs/Makefile"]) gh.content(p, BASE, quill("before", p));
    gh.tree(BASE, [
      "Makefile",
      "lib/Makefile",
      "lib/quill.h",
      "lib/quill_frame.h",
      "lib/quill_internal.h",
      "programs/Makefile",
      "programs/quill_io.h",
    ]);
    gh.createCheckRun(42);
    gh.createComment();
    gh.addLabels();
    const { probot } = await testProbot();
    await deliver(probot, "pull_request", opened);

    const [check] = gh.bodies("check-runs.create");
    expect(titles(check).filter((t) => t.includes(" c/"))).toEqual(["lib/quill.h c/function-removed: quill_bound()"]);
    expect(gh.requests.filter((r) => r.includes("/git/trees/"))).toEqual([
      `GET /repos/Codertocat/Hello-World/git/trees/${BASE}?recursive=1`,
    ]);
    // the library's makefiles were read; the program's is beside the library and never is
    expect(gh.blobsRead()).toEqual(expect.arrayContaining([`${BASE}:Makefile`, `${BASE}:lib/Makefile`]));
    expect(gh.blobsRead()).not.toContain(`${BASE}:programs/Makefile`);
  });
});
