import { describe, expect, test } from "@jest/globals";
import { useNock } from "./helpers/use-nock.js";
import { testProbot } from "./helpers/probot.js";
import { payload } from "./helpers/payloads.js";
import { deliver } from "./helpers/deliver.js";
import { github } from "./helpers/github.js";
import { headerChangeFiles, POINT_H_AFTER, POINT_H_BEFORE } from "./helpers/change.js";

const opened = payload("pull-request-opened-without-statement");
const HEAD = opened.pull_request.head.sha as string;
const BASE = opened.pull_request.base.sha as string;

useNock();

describe("two events for one pull request at once", () => {
  test("are reviewed one after the other: one check run created, the second event updates it without re-reading files", async () => {
    const gh = github();
    gh.token(); // Probot shares one installation token between the two deliveries
    gh.config(null);
    gh.config(null);
    gh.checkRuns(HEAD);
    gh.files(headerChangeFiles());
    gh.content("include/point.h", BASE, POINT_H_BEFORE);
    gh.content("include/point.h", HEAD, POINT_H_AFTER);
    gh.tree(BASE);
    gh.createCheckRun(42);
    gh.comments([[]]);
    gh.createComment();
    gh.addLabels();
    // The second review: its run is known from the first, so only the writes that changed remain.
    gh.updateCheckRun(42);
    gh.api.get("/repos/Codertocat/Hello-World/issues/2/comments").query({ per_page: "100" }).reply(200, async () => [{ id: 7, body: gh.bodies("comments.create")[0].body, user: { login: "impactgate[bot]", type: "Bot" } }]);
    gh.addLabels(); // the redelivered payload still lists only "bug"

    const { probot } = await testProbot();
    await Promise.all([deliver(probot, "pull_request", opened, "delivery-1"), deliver(probot, "pull_request", opened, "delivery-2")]);

    expect(gh.bodies("check-runs.create")).toHaveLength(1);
    expect(gh.bodies("check-runs.update")).toMatchObject([{ conclusion: "action_required", output: { annotations: [] } }]);
    expect(gh.bodies("comments.create")).toHaveLength(1);
  });
});
