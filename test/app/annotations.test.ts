import { describe, expect, test } from "@jest/globals";
import { useNock } from "./helpers/use-nock.js";
import { testProbot } from "./helpers/probot.js";
import { payload } from "./helpers/payloads.js";
import { deliver } from "./helpers/deliver.js";
import { github } from "./helpers/github.js";
import { listedFile } from "./helpers/change.js";

const opened = payload("pull-request-opened-without-statement");
const HEAD = opened.pull_request.head.sha as string;

useNock();

describe("annotations", () => {
  test("120 findings go out in 3 batches: 50 with the create, then 50 and 20 in updates", async () => {
    // `.idl` files are interfaces only by this config, so only the generic detector fires: one finding each.
    const paths = Array.from({ length: 120 }, (_, i) => `schemas/v1/type-${String(i).padStart(3, "0")}.idl`);
    const gh = github();
    gh.token();
    gh.config("interfaces:\n  include: ['schemas/**/*.idl']\n");
    gh.checkRuns(HEAD);
    gh.files(paths.map((p, i) => listedFile(p, "added", `@@ -0,0 +1 @@\n+interface T${i};`)));
    // Added files: only the head version is read (GraphQL, 50 a request: the config is new to this process, so not prefetched).
    for (const p of paths) gh.content(p, HEAD, "interface T;\n");
    gh.createCheckRun(42);
    gh.updateCheckRun(42, 2);
    gh.comments([[]]);
    gh.createComment();
    gh.addLabels();

    const { probot } = await testProbot();
    await deliver(probot, "pull_request", opened);

    const [create] = gh.bodies("check-runs.create");
    const updates = gh.bodies("check-runs.update");
    expect(create.conclusion).toBe("action_required");
    expect([create, ...updates].map((b) => b.output.annotations.length)).toEqual([50, 50, 20]);
    const annotated = [create, ...updates].flatMap((b) => b.output.annotations.map((a: { path: string }) => a.path));
    expect(new Set(annotated)).toEqual(new Set(paths));
    expect(gh.blobsRead().filter((e) => e.startsWith(`${HEAD}:schemas/`))).toHaveLength(120);
    // Updates carry only output: the conclusion was set once, complete, with the create.
    expect(updates.every((u) => u.conclusion === undefined && typeof u.output.summary === "string")).toBe(true);
  });
});
