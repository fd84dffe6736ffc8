import { describe, expect, test } from "@jest/globals";
import { useNock } from "./helpers/use-nock.js";
import { testProbot } from "./helpers/probot.js";
import { payload } from "./helpers/payloads.js";
import { deliver } from "./helpers/deliver.js";
import { github } from "./helpers/github.js";
import { githubPatch, listedFile } from "./helpers/change.js";
import { loadFixtureCases, type FixtureCase } from "../helpers/fixtures.js";
import { readFileSync } from "node:fs";

/**
 * The app must say what the engine says on the same change: the fixture cases whose verdict may
 * depend on files beside the changed ones (included and umbrella headers, build files and their
 * install lists, package manifests, declaration files, workspaces), each delivered as a pull request — its changed files listed with GitHub's
 * patches, every file of both trees readable at its commit — and the check run's annotations
 * compared with the case's expected.json. (The app once reviewed headers without the headers they
 * include, which the engine and the CLI read: a calling-convention macro defined there became
 * `c/type-removed` in the app only; and neither the app nor the CLI read the declaration files a
 * changed package.json's dependency-removed-from-public-types needs.) Fork cases (an upstream) are
 * the fork tests' (test/app/fork-pull-request.test.ts).
 */
const cases = loadFixtureCases().filter(
  (c) => !c.upstream && new Set([...Object.keys(c.before), ...Object.keys(c.after)]).size > 1,
);

useNock();

const opened = payload("pull-request-opened-without-statement");
const HEAD = opened.pull_request.head.sha as string;
const BASE = opened.pull_request.base.sha as string;
const REPO = "/repos/Codertocat/Hello-World";
const LEVEL = { error: "failure", warning: "warning", notice: "notice" } as const;

/** Serves the case as GitHub would: the PR's files, both trees' contents, and whatever the app may write. */
function serveCase(gh: ReturnType<typeof github>, c: FixtureCase) {
  gh.token();
  gh.config(c.configText ?? null);
  gh.checkRuns(HEAD);
  gh.comments([[]]);
  const paths = [...new Set([...Object.keys(c.before), ...Object.keys(c.after)])].sort();
  const listed = paths.flatMap((p) => {
    const before = c.before[p];
    const after = c.after[p];
    if (before === after) return [];
    const status = before === undefined ? "added" : after === undefined ? "removed" : "modified";
    return [listedFile(p, status, githubPatch(before ?? "", after ?? ""))];
  });
  gh.files(listed);
  for (const [p, text] of Object.entries(c.before)) gh.content(p, BASE, text);
  for (const [p, text] of Object.entries(c.after)) gh.content(p, HEAD, text);
  // read or not depending on what the probe settles, and written or not depending on the findings
  gh.api
    .get(`${REPO}/git/trees/${BASE}`)
    .optionally()
    .query({ recursive: "1" })
    .reply(200, {
      sha: BASE,
      truncated: false,
      tree: Object.keys(c.before).map((path) => ({ path, type: "blob", mode: "100644", sha: "0".repeat(40) })),
    });
  gh.createCheckRun(42);
  gh.api.post(`${REPO}/issues/2/comments`).optionally().reply(201, { id: 7 });
  gh.api.post(`${REPO}/issues/2/labels`).optionally().reply(200, []);
  gh.api.post(`${REPO}/pulls/2/requested_reviewers`).optionally().reply(201, { number: 2 });
}

describe.each(cases.map((c) => [`${c.detector}/${c.name}`, c] as const))("fixture %s through the app", (_name, c) => {
  test("the check run's annotations are the case's expected findings", async () => {
    const gh = github();
    serveCase(gh, c);
    const { probot } = await testProbot();
    await deliver(probot, "pull_request", opened);

    const [check] = gh.bodies("check-runs.create");
    const got = (
      check.output.annotations as { path: string; start_line: number; annotation_level: string; title: string }[]
    )
      // titles are plain text with mentions defused (`@\u200dacme`): compare the words
      .map((a) => `${a.annotation_level} ${a.path}:${a.start_line} ${a.title.replaceAll("\u200d", "")}`)
      .sort();
    const expected = (
      JSON.parse(readFileSync(c.expectedPath, "utf8")).findings as {
        ruleId: string;
        severity: keyof typeof LEVEL;
        path: string;
        line: number;
        symbol?: string;
      }[]
    )
      .map((f) => `${LEVEL[f.severity]} ${f.path}:${f.line} ${f.symbol ? `${f.ruleId}: ${f.symbol}` : f.ruleId}`)
      .sort();
    expect(got).toEqual(expected);
  });
});
