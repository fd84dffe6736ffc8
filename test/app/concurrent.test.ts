import { describe, expect, test } from "@jest/globals";
import { useNock } from "./helpers/use-nock.js";
import { testProbot } from "./helpers/probot.js";
import { payload } from "./helpers/payloads.js";
import { deliver } from "./helpers/deliver.js";
import { github } from "./helpers/github.js";
import { mockHeaderReview } from "./helpers/mock-header-review.js";

const opened = payload("pull-request-opened-without-statement");

useNock();

describe("two events for one pull request at once", () => {
  test("are reviewed one after the other: one check run created, the second event updates it without re-reading files", async () => {
    // The first review; Probot shares its one installation token between the two deliveries.
    const gh = mockHeaderReview(github());
    // The second review: its run is known from the first, so it reads no file (one review query,
    // which sees the comment the first created), and only the writes that changed remain.
    gh.updateCheckRun(42);
    gh.addLabels(); // the redelivered payload still lists only "bug"

    const { probot } = await testProbot();
    await Promise.all([
      deliver(probot, "pull_request", opened, "delivery-1"),
      deliver(probot, "pull_request", opened, "delivery-2"),
    ]);

    expect(gh.bodies("check-runs.create")).toHaveLength(1);
    expect(gh.bodies("check-runs.update")).toMatchObject([
      { conclusion: "action_required", output: { annotations: [] } },
    ]);
    expect(gh.bodies("comments.create")).toHaveLength(1);
    const head = opened.pull_request.head.sha as string;
    expect(gh.blobsRead().filter((e) => e.startsWith(head))).toEqual([`${head}:include/point.h`]); // once, by the first
  });
});
