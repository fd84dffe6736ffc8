import { describe, expect, test } from "@jest/globals";
import { useNock } from "./helpers/use-nock.js";
import { testProbot } from "./helpers/probot.js";
import { payload } from "./helpers/payloads.js";
import { deliver } from "./helpers/deliver.js";
import { comment, github } from "./helpers/github.js";
import { mockHeaderReview } from "./helpers/mock-header-review.js";
import { COMMENT_MARKER } from "../../src/render/comment.js";

const opened = payload("pull-request-opened-without-statement");
const HEAD = opened.pull_request.head.sha as string;

/** The edited payload as GitHub sends it after our first review: the abi-break label is on the PR. */
function editedWithStatement() {
  const edited = payload("pull-request-edited-adds-abi-statement");
  edited.pull_request.labels.push({ ...edited.pull_request.labels[0], id: 2, name: "abi-break" });
  return edited;
}

/** Interceptors for a first full review of the header change; returns the recorder. */
const firstReview = () => mockHeaderReview(github());

useNock();

describe("pull_request.edited", () => {
  test("adding the statement re-evaluates the same SHA to success without fetching a file again", async () => {
    const gh = firstReview();
    const { probot } = await testProbot();
    await deliver(probot, "pull_request", opened);
    const [created] = gh.bodies("check-runs.create");
    expect(created.conclusion).toBe("action_required");

    // The edit: one review query (the config may have changed), no file list, no file read.
    const read = gh.blobsRead().length;
    gh.updateCheckRun(42);
    // The sticky comment sits on the second page of 101 comments: past the query's 100, the
    // comments are listed over REST; found, updated, not duplicated.
    const others = Array.from({ length: 100 }, (_, i) => comment(1000 + i, `comment ${i}`));
    const pages = [others, [comment(7, gh.bodies("comments.create")[0].body, "Bot")]];
    gh.comments(pages);
    gh.restComments(pages);
    gh.updateComment(7);
    await deliver(probot, "pull_request", editedWithStatement(), "delivery-edited");
    expect(gh.blobsRead()).toHaveLength(read);

    const [update] = gh.bodies("check-runs.update");
    expect(update).toMatchObject({ status: "completed", conclusion: "success" });
    // Same findings as the run already shows: annotations are not appended a second time.
    expect(update.output.annotations).toEqual([]);
    expect(gh.bodies("comments.create")).toHaveLength(1);
    const [edit] = gh.bodies("comments.update");
    expect(edit.body).toContain(COMMENT_MARKER);
    expect(edit.body).not.toContain("please state");
    expect(gh.bodies("labels.add")).toHaveLength(1); // the label stays: the finding is still there
  });

  test("another replica reads the findings back from the check run (one GraphQL request, no file list, no file read)", async () => {
    const gh = firstReview();
    const first = await testProbot();
    await deliver(first.probot, "pull_request", opened);
    const [created] = gh.bodies("check-runs.create");

    // A fresh process: empty in-memory cache, so it asks GitHub for the run and its record.
    gh.token();
    const queried = gh.queries.length;
    gh.checkRuns(HEAD, [
      {
        id: 42,
        name: "impactgate",
        head_sha: HEAD,
        status: "completed",
        conclusion: "action_required",
        output: created.output,
      },
    ]);
    gh.updateCheckRun(42);
    gh.comments([[comment(7, gh.bodies("comments.create")[0].body, "Bot")]]);
    gh.updateComment(7);
    const second = await testProbot();
    await deliver(second.probot, "pull_request", editedWithStatement(), "delivery-edited");

    const [update] = gh.bodies("check-runs.update");
    expect(update.conclusion).toBe("success");
    expect(gh.bodies("comments.update")).toHaveLength(1);
    const reviewed = second.logs.find((l) => l.msg === "review reported");
    expect(reviewed).toMatchObject({ reusedFindings: true, conclusion: "success", delivery: "delivery-edited" });
    expect(gh.queries.length - queried).toBe(1);
    expect(gh.queries.at(-1)!.variables).not.toHaveProperty("e0");
  });

  test("an unchanged comment body is not written again", async () => {
    const gh = firstReview();
    const { probot } = await testProbot();
    await deliver(probot, "pull_request", opened);
    const body = gh.bodies("comments.create")[0].body;

    // A redelivery of the same opened event: same findings, same body, same labels.
    gh.updateCheckRun(42);
    gh.comments([[comment(7, body, "Bot")]]);
    const again = payload("pull-request-opened-without-statement");
    again.pull_request.labels.push({ ...again.pull_request.labels[0], id: 2, name: "abi-break" });
    await deliver(probot, "pull_request", again, "delivery-redelivered");
    expect(gh.bodies("comments.update")).toEqual([]);
    expect(gh.bodies("check-runs.update")[0].conclusion).toBe("action_required");
  });

  test("a title-only edit cannot change the verdict and costs no request", async () => {
    const { probot } = await testProbot();
    await deliver(probot, "pull_request", payload("pull-request-edited-title-only"));
  });
});
