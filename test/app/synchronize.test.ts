import { describe, expect, test } from "@jest/globals";
import { useNock } from "./helpers/use-nock.js";
import { testProbot } from "./helpers/probot.js";
import { payload } from "./helpers/payloads.js";
import { deliver } from "./helpers/deliver.js";
import { comment, github } from "./helpers/github.js";
import { listedFile } from "./helpers/change.js";
import { COMMENT_MARKER } from "../../src/render/comment.js";

useNock();

describe("pull_request.synchronize", () => {
  test("a new head gets its own check; the header change reverted → success, comment updated, abi label removed", async () => {
    const sync = payload("pull-request-synchronize-header-change-reverted");
    const head = sync.pull_request.head.sha as string;
    const gh = github();
    gh.token();
    gh.config(null);
    gh.checkRuns(head); // nothing on the new SHA yet
    gh.files([listedFile("README.md", "modified", "@@ -1 +1 @@\n-Hello\n+Hello, world")]);
    gh.createCheckRun(43);
    gh.comments([
      [
        comment(5, "LGTM"),
        comment(7, `${COMMENT_MARKER}\n### ❌ Impactgate: please state the impact of this change`, "Bot"),
      ],
    ]);
    gh.updateComment(7);
    gh.removeLabel("abi-break");

    const { probot } = await testProbot();
    await deliver(probot, "pull_request", sync);

    const [check] = gh.bodies("check-runs.create");
    expect(check).toMatchObject({ name: "impactgate", head_sha: head, status: "completed", conclusion: "success" });
    expect(check.output.annotations).toEqual([]);
    expect(gh.bodies("comments.create")).toEqual([]);
    expect(gh.bodies("comments.update")[0].body).toContain(COMMENT_MARKER);
    expect(gh.bodies("labels.remove")).toEqual(["abi-break"]); // "bug" is not ours: untouched
  });
});
