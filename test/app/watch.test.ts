import { describe, expect, test } from "@jest/globals";
import { useNock } from "./helpers/use-nock.js";
import { testProbot } from "./helpers/probot.js";
import { payload } from "./helpers/payloads.js";
import { deliver } from "./helpers/deliver.js";
import { comment, github } from "./helpers/github.js";
import { mockHeaderReview } from "./helpers/mock-header-review.js";

const opened = payload("pull-request-opened-without-statement");
const CONFIG = "watch:\n  - name: geometry\n    paths: ['include/point.h']\n    notify: ['@alice']\n";

useNock();

describe("watch lists", () => {
  test("owners are @-mentioned in the sticky comment and asked to review once, not on every event", async () => {
    const gh = mockHeaderReview(github(), { config: CONFIG });
    gh.requestReviewers();
    const { probot } = await testProbot();
    await deliver(probot, "pull_request", opened);

    const [created] = gh.bodies("comments.create");
    expect(created.body).toContain("@alice");
    expect(gh.bodies("reviewers.request")).toEqual([{ reviewers: ["alice"], team_reviewers: [] }]);

    // The description gains a statement: the comment is updated, alice is not asked again.
    gh.config(CONFIG);
    gh.updateCheckRun(42);
    gh.comments([[comment(7, created.body, "Bot")]]);
    gh.updateComment(7);
    const edited = payload("pull-request-edited-adds-abi-statement");
    edited.pull_request.labels.push({ ...edited.pull_request.labels[0], id: 2, name: "abi-break" });
    await deliver(probot, "pull_request", edited, "delivery-edited");
    expect(gh.bodies("reviewers.request")).toHaveLength(1);
    expect(gh.bodies("comments.update")[0].body).not.toMatch(/(^|[^`])@alice/);
  });
});
