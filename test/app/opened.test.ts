import { describe, expect, test } from "@jest/globals";
import { useNock } from "./helpers/use-nock.js";
import { testProbot } from "./helpers/probot.js";
import { payload } from "./helpers/payloads.js";
import { deliver } from "./helpers/deliver.js";
import { github } from "./helpers/github.js";
import { mockHeaderReview } from "./helpers/mock-header-review.js";
import { COMMENT_MARKER } from "../../src/render/comment.js";
import { KNOWN_MARKER } from "../../src/app/known/known-findings.js";

const opened = payload("pull-request-opened-without-statement");
const HEAD = opened.pull_request.head.sha as string;

useNock();

describe("pull_request.opened", () => {
  test("without a statement: action_required check with annotations, one comment, the abi label", async () => {
    // Only the header is read, at both commits; README.md has no detector and is never fetched
    // (it has no interceptor: a read would fail the test).
    const gh = mockHeaderReview(github());

    const { probot } = await testProbot();
    await deliver(probot, "pull_request", opened);

    const [check] = gh.bodies("check-runs.create");
    expect(check).toMatchObject({
      name: "impactgate",
      head_sha: HEAD,
      status: "completed",
      conclusion: "action_required",
    });
    expect(check.output.title).toMatch(/ABI impact/i);
    expect(check.output.annotations.length).toBeGreaterThan(0);
    expect(check.output.annotations.every((a: { path: string }) => a.path === "include/point.h")).toBe(true);
    expect(check.output.annotations.some((a: { annotation_level: string }) => a.annotation_level === "failure")).toBe(
      true,
    );
    expect(check.output.text.startsWith(KNOWN_MARKER)).toBe(true); // findings recorded for a later `edited`
    expect(gh.bodies("check-runs.update")).toEqual([]); // created complete, not in_progress then updated

    const comments = gh.bodies("comments.create");
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain(COMMENT_MARKER);
    expect(comments[0].body).toContain("## ABI impact");
    expect(gh.bodies("labels.add")).toEqual([{ labels: ["abi-break"] }]);
  });

  test("a GitHub error mid-review completes the check as failure with a re-run hint, logged with the delivery", async () => {
    const gh = github();
    gh.token();
    gh.api.get("/repos/Codertocat/Hello-World/pulls/2/files").query(true).reply(502, { message: "Server Error" });
    gh.restCheckRuns(HEAD); // the failure came before the review query: the run is looked up to complete it
    gh.createCheckRun(43);

    const { probot, logs } = await testProbot({ expectErrors: true });
    await deliver(probot, "pull_request", opened, "delivery-502");

    const [check] = gh.bodies("check-runs.create");
    expect(check).toMatchObject({ head_sha: HEAD, status: "completed", conclusion: "failure" });
    expect(check.output.summary).toMatch(/Re-run/);
    const error = logs.find((l) => l.level === 50);
    expect(error).toMatchObject({ delivery: "delivery-502", msg: "review failed" });
    expect(error?.err).toBeDefined();
  });

  test("our own label write coming back as `labeled` costs no request", async () => {
    const { probot } = await testProbot();
    await deliver(probot, "pull_request", payload("pull-request-labeled-by-impactgate-bot"));
    // No interceptor is defined: any request would fail the test through disableNetConnect.
  });
});
