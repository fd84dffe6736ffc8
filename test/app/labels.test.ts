import { describe, expect, test } from "@jest/globals";
import { useNock } from "./helpers/use-nock.js";
import { testProbot } from "./helpers/probot.js";
import { payload } from "./helpers/payloads.js";
import { deliver } from "./helpers/deliver.js";
import { github, REPO } from "./helpers/github.js";
import { mockHeaderReview } from "./helpers/mock-header-review.js";

const opened = payload("pull-request-opened-without-statement");

/** The review of the header change up to the label write, which each test states. */
const reviewOfHeaderChange = (config: string | null) => mockHeaderReview(github(), { config, labels: false });

useNock();

describe("labels", () => {
  test("a configured label name is used; `false` for a category means no label call at all", async () => {
    const gh = reviewOfHeaderChange("labels:\n  abi: breaks-abi\n  cross-package: false\n");
    gh.addLabels();
    const { probot } = await testProbot();
    await deliver(probot, "pull_request", opened);
    expect(gh.bodies("labels.add")).toEqual([{ labels: ["breaks-abi"] }]);

    const none = reviewOfHeaderChange("labels:\n  abi: false\n");
    const second = await testProbot();
    await deliver(second.probot, "pull_request", opened);
    expect(none.bodies("labels.add")).toEqual([]);
  });

  test("a 403 on the label write is logged as a warning; the verdict stands", async () => {
    const gh = reviewOfHeaderChange(null);
    gh.api.post(`${REPO}/issues/2/labels`).reply(403, { message: "Resource not accessible by integration" });
    const { probot, logs } = await testProbot();
    await deliver(probot, "pull_request", opened);
    expect(gh.bodies("check-runs.create")[0].conclusion).toBe("action_required");
    expect(gh.bodies("check-runs.update")).toEqual([]); // not overwritten by a failure
    expect(logs.some((l) => l.level === 40 && String(l.msg).includes("403"))).toBe(true);
  });
});
