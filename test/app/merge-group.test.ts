import { describe, expect, test } from "@jest/globals";
import { useNock } from "./helpers/use-nock.js";
import { testProbot } from "./helpers/probot.js";
import { payload } from "./helpers/payloads.js";
import { deliver } from "./helpers/deliver.js";
import { github, REPO } from "./helpers/github.js";
import { pr } from "./ack-helpers.js";

const event = payload("merge-group-checks-requested");
const group = event.merge_group;
const PR3_HEAD = "3333333333333333333333333333333333333333";

useNock();

/** The requests one group costs; it holds #3 (squashed, queued first) and #2 (merge commit, formed the group). */
function queue(verdicts: { 2: string | null; 3: string | null }) {
  const gh = github();
  gh.token();
  gh.api
    .get(`${REPO}/compare/${group.base_sha}...${group.head_sha}`)
    .query({ per_page: "250" })
    .reply(200, {
      commits: [
        { sha: "a".repeat(40), commit: { message: "Document the point API (#3)" } },
        { sha: group.head_sha, commit: { message: "Merge pull request #2 from Codertocat/changes\n\nAdd z" } },
      ],
    });
  const run = (head: string, conclusion: string | null) =>
    conclusion === null ? [] : [{ id: 1, name: "impactgate", head_sha: head, status: "completed", conclusion }];
  gh.pull(pr, 2);
  gh.restCheckRuns(pr.head.sha, run(pr.head.sha, verdicts[2]));
  gh.pull({ ...pr, number: 3, head: { ...pr.head, sha: PR3_HEAD } }, 3);
  gh.restCheckRuns(PR3_HEAD, run(PR3_HEAD, verdicts[3]));
  gh.createCheckRun(77);
  return gh;
}

describe("merge_group.checks_requested", () => {
  test("every pull request passed for its head: success on the group's head, with the list", async () => {
    const gh = queue({ 2: "success", 3: "success" });
    const { probot } = await testProbot();
    await deliver(probot, "merge_group", event);

    const [check] = gh.bodies("check-runs.create");
    expect(check).toMatchObject({
      name: "impactgate",
      head_sha: group.head_sha,
      status: "completed",
      conclusion: "success",
    });
    expect(check.output.summary).toContain("| #2 |");
    expect(check.output.summary).toContain("| #3 |");
  });

  test("one pull request without a passing verdict: action_required naming it", async () => {
    const gh = queue({ 2: "success", 3: "action_required" });
    const { probot } = await testProbot();
    await deliver(probot, "merge_group", event);

    const [check] = gh.bodies("check-runs.create");
    expect(check.conclusion).toBe("action_required");
    expect(check.output.title).toContain("#3");
    expect(check.output.title).not.toContain("#2");
  });

  test("a pull request never checked (no completed run) does not pass", async () => {
    const gh = queue({ 2: null, 3: "success" });
    const { probot } = await testProbot();
    await deliver(probot, "merge_group", event);
    const [check] = gh.bodies("check-runs.create");
    expect(check.conclusion).toBe("action_required");
    expect(check.output.summary).toContain("no completed impactgate check");
  });
});
