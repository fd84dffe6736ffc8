import { describe, expect, test } from "@jest/globals";
import { useNock } from "./helpers/use-nock.js";
import { testProbot } from "./helpers/probot.js";
import { payload } from "./helpers/payloads.js";
import { deliver } from "./helpers/deliver.js";
import { github } from "./helpers/github.js";
import { mockHeaderReads } from "./helpers/mock-header-reads.js";
import { HEAD, headerFindings, knownRun, pr, reaction, sticky, STICKY_ID } from "./ack-helpers.js";
import { COMMAND_USAGE } from "../../src/statements/parse-command.js";

useNock();

/** A comment payload with another body (same PR, same commenter). */
function commentWith(body: string) {
  const p = payload("issue-comment-help");
  p.comment.body = body;
  return p;
}

describe("/impactgate recheck", () => {
  test("anyone may ask: 👍, and the head is reviewed afresh (files read again though findings were known)", async () => {
    const recheck = payload("issue-comment-recheck");
    const gh = github();
    gh.token();
    gh.pull(pr);
    reaction(gh, recheck.comment.id);
    gh.config(null);
    gh.checkRuns(HEAD, [knownRun(HEAD, await headerFindings())]);
    mockHeaderReads(gh);
    gh.comments([[sticky()]]);
    gh.updateCheckRun(42);
    gh.updateComment(STICKY_ID);
    gh.addLabels();
    const { probot } = await testProbot();
    await deliver(probot, "issue_comment", recheck);

    expect(gh.bodies("reactions.create")).toEqual([{ content: "+1" }]);
    const [check] = gh.bodies("check-runs.update");
    expect(check).toMatchObject({ status: "completed", conclusion: "action_required" });
    expect(check.output.summary).toContain("/impactgate recheck"); // a blocked check says how to re-check
    expect(check.output.summary).toContain("/impactgate ack");
  });
});

describe("/impactgate help and mistakes", () => {
  test("help replies with the command list", async () => {
    const gh = github();
    gh.token();
    gh.createComment();
    const { probot } = await testProbot();
    await deliver(probot, "issue_comment", payload("issue-comment-help"));
    expect(gh.bodies("comments.create")[0].body).toContain(COMMAND_USAGE);
  });

  test("a typo gets one reply with the closest command; repeating it gets none", async () => {
    const gh = github();
    gh.token();
    gh.restComments([[]]);
    gh.createComment();
    const { probot } = await testProbot();
    await deliver(probot, "issue_comment", commentWith("/impactgate rechek"), "typo-1");
    const [reply] = gh.bodies("comments.create");
    expect(reply.body).toContain("did you mean `recheck`");

    gh.restComments([[{ id: 9, body: reply.body, user: { login: "impactgate[bot]", type: "Bot" } }]]);
    await deliver(probot, "issue_comment", commentWith("/impactgate rechek"), "typo-2");
    expect(gh.bodies("comments.create")).toHaveLength(1);
  });

  test("a quoted command, a command in a code block and a comment on an issue are not commands", async () => {
    const { probot } = await testProbot();
    await deliver(probot, "issue_comment", commentWith("> /impactgate ack all fine\n\nWhy was this acked?"), "quoted");
    await deliver(probot, "issue_comment", commentWith("```\n/impactgate ack all fine\n```"), "code");
    const onIssue = commentWith("/impactgate ack all fine");
    delete onIssue.issue.pull_request;
    await deliver(probot, "issue_comment", onIssue, "issue");
    // No interceptor: any request would fail the test.
  });

  test("an ack without a finished review of the head says to recheck first and records nothing", async () => {
    const gh = github();
    gh.token();
    gh.restConfig(null);
    gh.api
      .get("/repos/Codertocat/Hello-World/collaborators/mona/permission")
      .reply(200, { permission: "admin", role_name: "admin", user: { login: "mona" } });
    gh.pull(pr);
    gh.restCheckRuns(HEAD, []);
    gh.createComment();
    const { probot } = await testProbot();
    await deliver(probot, "issue_comment", payload("issue-comment-ack-abi"));
    expect(gh.bodies("comments.create")[0].body).toContain("/impactgate recheck");
    expect(gh.bodies("reactions.create")).toEqual([]);
  });
});
