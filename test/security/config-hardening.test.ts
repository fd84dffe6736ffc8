import { describe, expect, test } from "@jest/globals";
import { useNock } from "../app/helpers/use-nock.js";
import { testProbot } from "../app/helpers/probot.js";
import { deliver } from "../app/helpers/deliver.js";
import { github } from "../app/helpers/github.js";
import { githubPatch, headerChangeFiles, listedFile } from "../app/helpers/change.js";
import { mockHeaderReview } from "../app/helpers/mock-header-review.js";
import { HEAD, opened } from "../app/ack-helpers.js";
import { payload } from "../app/helpers/payloads.js";

useNock();

/** What the pull request proposes: switch the header rules off and stop looking at headers at all. */
const LOOSER = "interfaces:\n  include: []\nrules:\n  c/size-changed: off\n";

describe("a pull request that edits .github/impactgate.yml", () => {
  test("is gated by the default branch's config, and its summary previews the proposed file", async () => {
    // No config on the default branch: defaults apply.
    const gh = mockHeaderReview(github(), {
      files: [...headerChangeFiles(), listedFile(".github/impactgate.yml", "added", githubPatch("", LOOSER))],
    });
    gh.content(".github/impactgate.yml", HEAD, LOOSER); // read for the preview only
    const { probot } = await testProbot();
    await deliver(probot, "pull_request", opened);

    const [check] = gh.bodies("check-runs.create");
    expect(check.conclusion).toBe("action_required"); // the proposed `include: []` did not switch it off
    expect(check.output.annotations.length).toBeGreaterThan(0);
    expect(check.output.summary).toContain("Configuration change preview");
    expect(check.output.summary).toContain("`interfaces.include`");
    expect(check.output.summary).toContain("still reviewed with the configuration on the default branch");

    // A description edit re-decides from the recorded findings: the preview stays, nothing is re-read.
    const edited = payload("pull-request-edited-adds-abi-statement");
    gh.config(null);
    gh.comments([
      [{ id: 7, body: gh.bodies("comments.create")[0].body, user: { login: "impactgate[bot]", type: "Bot" } }],
    ]);
    gh.updateCheckRun(42);
    gh.updateComment(7);
    gh.addLabels();
    await deliver(probot, "pull_request", edited);
    const [update] = gh.bodies("check-runs.update");
    expect(update.conclusion).toBe("success");
    expect(update.output.summary).toContain("Configuration change preview");
  });

  test("an invalid proposed file is previewed as invalid (with its line) and still does not change the gate", async () => {
    const broken = "limits:\n  files: lots\n";
    const gh = mockHeaderReview(github(), {
      files: [...headerChangeFiles(), listedFile(".github/impactgate.yml", "added", githubPatch("", broken))],
    });
    gh.content(".github/impactgate.yml", HEAD, broken);
    const { probot } = await testProbot();
    await deliver(probot, "pull_request", opened);

    const [check] = gh.bodies("check-runs.create");
    expect(check.conclusion).toBe("action_required");
    expect(check.output.summary).toContain("every check would **fail**");
    expect(check.output.summary).toMatch(/line 2: .*limits\.files/);
  });
});

describe("an invalid config on the default branch", () => {
  test("failure naming the key path, its line, the expected type and docs/config.md", async () => {
    const yaml = "# org settings\nack:\n  permission: write\nlimits:\n  files: lots\n";
    const gh = github();
    gh.token();
    gh.files(headerChangeFiles());
    gh.config(yaml); // its text comes with the review query: the lines cost no request
    gh.checkRuns(HEAD);
    gh.createCheckRun(42);
    const { probot } = await testProbot();
    await deliver(probot, "pull_request", opened);

    const [check] = gh.bodies("check-runs.create");
    expect(check.conclusion).toBe("failure");
    const summary = check.output.summary as string;
    expect(summary).toContain("limits.files");
    expect(summary).toMatch(/line 5: /);
    expect(check.output.title).toContain("(line 5)");
    expect(summary).toMatch(/expected[^\n]*(number|integer)/);
    expect(summary).toContain("config.md");
    expect(summary).toContain("default branch");
  });
});
