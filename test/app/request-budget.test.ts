import { describe, expect, test } from "@jest/globals";
import { useNock } from "./helpers/use-nock.js";
import { testProbot } from "./helpers/probot.js";
import { payload } from "./helpers/payloads.js";
import { deliver } from "./helpers/deliver.js";
import { github } from "./helpers/github.js";
import { githubPatch, listedFile } from "./helpers/change.js";

const opened = payload("pull-request-opened-without-statement");
const HEAD = opened.pull_request.head.sha as string;

useNock();

/** Header i before and after: a function removed (an error finding) unless `same`. */
const header = (i: number, removed: boolean) =>
  `#ifndef H${i}\n#define H${i}\n\nint f${i}(void);\n${removed ? "" : `int g${i}(void);\n`}\n#endif\n`;
const source = (i: number, v: number) => `int m${i}(void) { return ${v}; }\n`;

/**
 * A pull request of 100 files, 50 of them public headers (issue 7's budget case): every header
 * modified with a patch, every source too. `breaking`: the headers each lose a function.
 */
function hundredFiles(gh: ReturnType<typeof github>, breaking: boolean) {
  const files = [];
  for (let i = 0; i < 50; i++) {
    const before = header(i, false);
    const after = breaking ? header(i, true) : before.replace(`int f${i}(void);`, `int f${i}(void); /* documented */`);
    files.push(listedFile(`include/api_${i}.h`, "modified", githubPatch(before, after)));
    gh.content(`include/api_${i}.h`, HEAD, after);
  }
  for (let i = 0; i < 50; i++)
    files.push(listedFile(`src/file_${i}.c`, "modified", githubPatch(source(i, 0), source(i, 1))));
  gh.files(files);
}

describe("GitHub requests per review (issue 7: ≤ 6 for ≤ 100 files with ≤ 50 interface files, token counted)", () => {
  test("with findings: token, file list, one GraphQL request, check run, comment, label — 6, and the release-tag query errors add", async () => {
    const gh = github();
    gh.token();
    gh.config(null);
    gh.checkRuns(HEAD);
    gh.comments([[]]);
    hundredFiles(gh, true);
    gh.createCheckRun(42);
    gh.createComment();
    gh.addLabels();
    const { probot } = await testProbot();
    await deliver(probot, "pull_request", opened);

    expect(gh.bodies("check-runs.create")[0].conclusion).toBe("action_required");
    expect(gh.requests).toEqual([
      "POST /app/installations/1/access_tokens",
      "GET /repos/Codertocat/Hello-World/pulls/2/files?per_page=100",
      "POST /graphql",
      // the review has errors, so compare.unreleased (the default) asks for the release tags: one
      // more request (none matches here; with a release, a compare and the head versions follow)
      "POST /graphql",
      "POST /repos/Codertocat/Hello-World/check-runs",
      "POST /repos/Codertocat/Hello-World/issues/2/comments",
      "POST /repos/Codertocat/Hello-World/issues/2/labels",
    ]);
    // the 50 headers' head versions (their bases come from the patches), no source file
    expect(gh.blobsRead().filter((e) => e.startsWith(`${HEAD}:`))).toHaveLength(50);
    expect(gh.blobsRead().some((e) => e.includes("src/file_"))).toBe(false);
  });

  test("clean: token, file list, one GraphQL request, the check run — 4, and the base tip's release lookup its header changes start", async () => {
    const gh = github();
    gh.token();
    gh.config(null);
    gh.checkRuns(HEAD);
    gh.comments([[]]);
    hundredFiles(gh, false);
    gh.createCheckRun(42);
    const { probot } = await testProbot();
    await deliver(probot, "pull_request", opened);

    expect(gh.bodies("check-runs.create")[0].conclusion).toBe("success");
    // the headers could have had errors, so the release tags of the base tip were asked for while
    // the review ran (one query per base tip, shared by its pull requests): 5 for the first
    expect(gh.requests.filter((r) => r !== "POST /graphql")).toEqual([
      "POST /app/installations/1/access_tokens",
      "GET /repos/Codertocat/Hello-World/pulls/2/files?per_page=100",
      "POST /repos/Codertocat/Hello-World/check-runs",
    ]);
    expect(gh.queries.map((q) => (/refPrefix/.test(q.query) ? "release tags" : "review"))).toEqual([
      "review",
      "release tags",
    ]);
  });
});
