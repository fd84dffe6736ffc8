import { readFileSync } from "node:fs";
import { describe, expect, test } from "@jest/globals";
import { useNock } from "../helpers/use-nock.js";
import { testProbot } from "../helpers/probot.js";
import { payload } from "../helpers/payloads.js";
import { deliver } from "../helpers/deliver.js";
import { github, REPO } from "../helpers/github.js";
import { githubPatch, listedFile } from "../helpers/change.js";

useNock();

const opened = payload("pull-request-opened-without-statement");
const HEAD = opened.pull_request.head.sha as string;
const BASE = opened.pull_request.base.sha as string;

const CASE = new URL(
  "../../../fixtures/detectors/manifest/c-abi-break-without-soversion-bump-is-error/",
  import.meta.url,
);
const read = (side: "before" | "after", path: string) => readFileSync(new URL(`${side}/${path}`, CASE), "utf8");
const KV_BEFORE = read("before", "lib/kv/include/kv.h");
const KV_AFTER = read("after", "lib/kv/include/kv.h");
const CMAKE = read("before", "lib/kv/CMakeLists.txt");

describe("a GitHub without GraphQL (the review query answers 501)", () => {
  test("the review reads over REST as before: Probot's config, listForRef, files one by one, the base tree — same findings", async () => {
    const gh = github();
    gh.token();
    gh.files([listedFile("lib/kv/include/kv.h", "modified", githubPatch(KV_BEFORE, KV_AFTER))]);
    gh.api.post("/graphql").reply(501, { message: "GraphQL is not available on this server" });
    // the review has errors, so compare.unreleased (the default) asks for the release tags: 501 too
    gh.api.post("/graphql").reply(501, { message: "GraphQL is not available on this server" });
    gh.restCheckRuns(HEAD);
    gh.restConfig(null);
    gh.restContent("lib/kv/include/kv.h", HEAD, KV_AFTER); // the base still comes from the patch
    gh.tree(BASE, ["README.md", "lib/kv/CMakeLists.txt", "lib/kv/include/kv.h", "lib/kv/src/kv.c"]);
    gh.restContent("lib/kv/CMakeLists.txt", BASE, CMAKE);
    gh.createCheckRun(42);
    gh.restComments([[]]);
    gh.createComment();
    gh.addLabels();

    const { probot, logs } = await testProbot();
    await deliver(probot, "pull_request", opened);

    expect(logs.filter((l) => (l.level as number) >= 50)).toEqual([]);
    const [check] = gh.bodies("check-runs.create");
    expect(check.conclusion).toBe("action_required");
    const titles = check.output.annotations.map((a: { path: string; title: string }) => `${a.path} ${a.title}`);
    expect(titles).toContain("lib/kv/CMakeLists.txt manifest/c-abi-break-without-soversion-bump: kv");
    // the review query once (files are then read over REST), and the release-tag query once
    expect(gh.requests.filter((r) => r === "POST /graphql")).toHaveLength(2);
    expect(check.output.summary).toContain(
      "the errors were not checked for interface no release has: this GitHub server has no GraphQL API to find release tags with.",
    );
    expect(gh.requests).toContain(`GET ${REPO}/git/trees/${BASE}?recursive=1`);
  });
});
