import { describe, expect, test } from "@jest/globals";
import { useNock } from "./helpers/use-nock.js";
import { testProbot } from "./helpers/probot.js";
import { payload } from "./helpers/payloads.js";
import { deliver } from "./helpers/deliver.js";
import { github } from "./helpers/github.js";
import { githubPatch, listedFile, POINT_H_AFTER, POINT_H_BEFORE } from "./helpers/change.js";
import { mockHeaderReview } from "./helpers/mock-header-review.js";

const opened = payload("pull-request-opened-without-statement");

// Since the PR branched, the base branch added a function the PR's head does not have.
const BASE_TIP = POINT_H_BEFORE.replace("#endif", "int point_length(struct point p);\n\n#endif");

useNock();

describe("a base branch that moved since the pull request branched", () => {
  test("is not blamed on the PR: the base version comes from GitHub's merge-base patch, not the base tip", async () => {
    // GitHub lists the patch against the merge base; include/point.h read at BASE is the moved tip.
    const gh = mockHeaderReview(github(), {
      files: [listedFile("include/point.h", "modified", githubPatch(POINT_H_BEFORE, POINT_H_AFTER))],
      before: BASE_TIP,
    });

    const { probot } = await testProbot();
    await deliver(probot, "pull_request", opened);

    const [check] = gh.bodies("check-runs.create");
    const symbols = check.output.annotations.map((a: { title: string }) => a.title).join("\n");
    expect(symbols).toContain("point_area"); // the PR removed it
    expect(symbols).not.toContain("point_length"); // the base branch added it; the PR never touched it
  });
});
