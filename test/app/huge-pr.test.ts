import { describe, expect, test } from "@jest/globals";
import { useNock } from "./helpers/use-nock.js";
import { testProbot } from "./helpers/probot.js";
import { payload } from "./helpers/payloads.js";
import { deliver } from "./helpers/deliver.js";
import { API, REPO, github } from "./helpers/github.js";
import { listedFile, POINT_H_AFTER, POINT_H_BEFORE } from "./helpers/change.js";

useNock();

const opened = payload("pull-request-opened-without-statement");
const BASE = opened.pull_request.base.sha as string;
const HEAD = opened.pull_request.head.sha as string;
/** The merge base differs from the base branch's tip: the before versions must be read there. */
const MERGE_BASE = "5".repeat(40);
/** 3,000 documentation edits: as many files as `pulls.listFiles` will ever list. */
const DOCS = Array.from({ length: 3000 }, (_, i) => `docs/page-${String(i).padStart(4, "0")}.md`);

/** A PR that changes 3,001 files: the payload says so, the listing stops at 3,000. */
function hugePayload() {
  return { ...opened, pull_request: { ...opened.pull_request, changed_files: 3001 } };
}

/** `pulls.listFiles`: 30 pages of 100 linked like GitHub's Link header, then nothing more. */
function mockListing(gh: ReturnType<typeof github>) {
  for (let page = 0; page < 30; page++) {
    const q = page === 0 ? { per_page: "100" } : { per_page: "100", page: String(page + 1) };
    const link =
      page < 29 ? { link: `<${API}${REPO}/pulls/2/files?per_page=100&page=${page + 2}>; rel="next"` } : undefined;
    const files = DOCS.slice(page * 100, page * 100 + 100).map((f) => listedFile(f, "modified", "@@ -1 +1 @@\n-a\n+b"));
    gh.api.get(`${REPO}/pulls/2/files`).query(q).reply(200, files, link);
  }
}

/** A recursive tree reply: the docs at one blob SHA, the header at another. */
function tree(sha: string, docsBlob: string, headerBlob: string, truncated = false) {
  const entries = [
    ...DOCS.map((path) => ({ path, type: "blob", mode: "100644", sha: docsBlob })),
    { path: "include", type: "tree", mode: "040000", sha: "9".repeat(40) },
    { path: "include/point.h", type: "blob", mode: "100644", sha: headerBlob },
  ];
  return { sha, truncated, tree: entries };
}

/** The merge base from one compare, then the merge-base and head trees. */
function mockTreeDiff(gh: ReturnType<typeof github>, opts: { headTruncated?: boolean } = {}) {
  gh.api
    .get(`${REPO}/compare/${BASE}...${HEAD}`)
    .query({ per_page: "1" })
    .reply(200, { merge_base_commit: { sha: MERGE_BASE }, commits: [], files: [] });
  gh.api
    .get(`${REPO}/git/trees/${MERGE_BASE}`)
    .query({ recursive: "1" })
    .reply(200, tree(MERGE_BASE, "a".repeat(40), "1".repeat(40)));
  gh.api
    .get(`${REPO}/git/trees/${HEAD}`)
    .query({ recursive: "1" })
    .reply(200, tree(HEAD, "b".repeat(40), "2".repeat(40), opts.headTruncated));
}

/** Everything around the file listing: token, config, no earlier run, the reads and the writes. */
function mockReview(gh: ReturnType<typeof github>) {
  gh.token();
  gh.config(null);
  gh.checkRuns(HEAD);
  mockListing(gh);
  // the header is read at the merge base (not the base tip) and at the head; no doc is read
  gh.content("include/point.h", MERGE_BASE, POINT_H_BEFORE);
  gh.content("include/point.h", HEAD, POINT_H_AFTER);
  gh.createCheckRun(42);
  gh.comments([[]]);
  gh.createComment();
  gh.addLabels();
}

describe("a pull request past GitHub's 3,000-file listing", () => {
  test("the header that only the tree diff lists is reviewed, and the summary says how the files were listed", async () => {
    const gh = github();
    mockReview(gh);
    mockTreeDiff(gh);

    const { probot } = await testProbot();
    await deliver(probot, "pull_request", hugePayload());

    const [check] = gh.bodies("check-runs.create");
    expect(check).toMatchObject({ head_sha: HEAD, status: "completed", conclusion: "action_required" });
    // the header's findings, with lines from hunks computed between the two reads
    const annotations = check.output.annotations as { path: string; annotation_level: string; start_line: number }[];
    expect(annotations.length).toBeGreaterThan(0);
    expect(annotations.every((a) => a.path === "include/point.h")).toBe(true);
    expect(annotations.some((a) => a.annotation_level === "failure")).toBe(true);
    // the before read at the merge base, so both changes are seen, on the head's lines
    expect(annotations.map((a) => [a.start_line, (a as { title?: string }).title])).toEqual([
      [7, "c/field-appended: struct point.z"],
      [9, "c/function-removed: point_area()"],
    ]);
    const summary = check.output.summary as string;
    expect(summary).toContain("include/point.h");
    expect(summary).toMatch(/listed by diffing the git trees of the merge base 5555555 and the head/);
    expect(summary).toContain("tree diff");
    // 3,001 changed files against limits.files 3000: the header goes first, one doc is said
    expect(summary).toMatch(/### Not reviewed \(\d+\)/);
    expect(summary).toContain("`docs/page-2999.md`: over limits.files (3000)");
  });

  test("a truncated head tree is said in the summary: the listing may be incomplete", async () => {
    const gh = github();
    mockReview(gh);
    mockTreeDiff(gh, { headTruncated: true });

    const { probot } = await testProbot();
    await deliver(probot, "pull_request", hugePayload());

    const [check] = gh.bodies("check-runs.create");
    expect(check.output.summary).toContain(
      "GitHub truncated the recursive tree of the head: changed files past it were not listed and not reviewed",
    );
    expect(check.output.annotations.some((a: { path: string }) => a.path === "include/point.h")).toBe(true);
  });

  test("when the tree diff fails, the 3,000 listed files are reviewed and the rest is said, not passed", async () => {
    const gh = github();
    gh.token();
    gh.config(null);
    gh.checkRuns(HEAD);
    mockListing(gh);
    gh.api.get(`${REPO}/compare/${BASE}...${HEAD}`).query({ per_page: "1" }).reply(404, { message: "Not Found" });
    gh.createCheckRun(42);
    gh.comments([[]]); // only docs were listed: nothing to comment, yet the check says what it missed

    const { probot } = await testProbot();
    await deliver(probot, "pull_request", hugePayload());

    const [check] = gh.bodies("check-runs.create");
    expect(check).toMatchObject({ head_sha: HEAD, status: "completed" });
    // the listing note comes first, before the per-file lines
    expect(check.output.summary).toMatch(/### Not reviewed \(\d+\)\n\n.*\n\n- `\(file list\)`: GitHub listed only/);
    expect(check.output.summary).toMatch(
      /GitHub listed only the first 3000 files and the tree diff failed \(Not Found.*\): the other changed files were not reviewed/,
    );
  });

  test("exactly 3,000 files, as the payload's changed_files confirms: no tree is diffed", async () => {
    const gh = github();
    gh.token();
    gh.config(null);
    gh.checkRuns(HEAD);
    mockListing(gh); // no compare or head-tree interceptor: a tree diff would fail the test
    gh.createCheckRun(42);
    gh.comments([[]]);

    const { probot } = await testProbot();
    await deliver(probot, "pull_request", { ...opened, pull_request: { ...opened.pull_request, changed_files: 3000 } });

    const [check] = gh.bodies("check-runs.create");
    expect(check).toMatchObject({ head_sha: HEAD, status: "completed", conclusion: "success" });
    expect(check.output.summary).not.toContain("(file list)");
  });
});
