import { describe, expect, test } from "@jest/globals";
import { useNock } from "../app/helpers/use-nock.js";
import { testProbot } from "../app/helpers/probot.js";
import { deliver } from "../app/helpers/deliver.js";
import { github } from "../app/helpers/github.js";
import { githubPatch, headerChangeFiles, listedFile } from "../app/helpers/change.js";
import { mockHeaderReview } from "../app/helpers/mock-header-review.js";
import { HEAD, opened } from "../app/ack-helpers.js";
import { payload } from "../app/helpers/payloads.js";
import { readAnswer, configFromAnswer } from "../../src/app/github-source/review-query.js";
import { loadConfig } from "../../src/app/load-config.js";
import { detectors } from "../../src/engine/registry.js";

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

// Issue 11, item 10: each of these used to end in the defaults (or in a file of any size being
// read); each is now a failure that names the problem, and nothing is reviewed with a looser gate.
describe("a config on the default branch that cannot be trusted as written fails closed", () => {
  async function reviewWith(setup: (gh: ReturnType<typeof github>) => void) {
    const gh = github();
    gh.token();
    gh.files(headerChangeFiles());
    setup(gh);
    gh.checkRuns(HEAD);
    gh.createCheckRun(42);
    const { probot } = await testProbot();
    await deliver(probot, "pull_request", opened);
    const [check] = gh.bodies("check-runs.create");
    return check as { conclusion: string; output: { title: string; summary: string } };
  }

  test("an `_extends` whose target does not exist", async () => {
    const own = "_extends: .github\nack:\n  permission: admin\n";
    const check = await reviewWith((gh) => {
      gh.config(own); // the review query sees `_extends`, so the file is read the Probot way
      gh.restConfig(own);
      gh.api.get("/repos/Codertocat/.github/contents/.github%2Fimpactgate.yml").reply(404, { message: "Not Found" });
    });
    expect(check.conclusion).toBe("failure");
    expect(check.output.title).toContain("_extends");
    expect(check.output.title).toContain("Codertocat/.github:.github/impactgate.yml");
  });

  test("a file over the 32 KiB limit", async () => {
    const big = `# ${"padding ".repeat(4200)}\nack:\n  permission: write\n`;
    expect(big.length).toBeGreaterThan(32 * 1024);
    const check = await reviewWith((gh) => gh.config(big));
    expect(check.conclusion).toBe("failure");
    expect(check.output.title).toContain("larger than 32 KiB");
  });
});

describe("the config's tree entry as the review query reads it", () => {
  const answer = (mode: number, text: string, isTruncated = false) =>
    readAnswer(
      { repository: { defaultBranchRef: { target: { file: { mode, object: { text, isTruncated } } } } }, org: null },
      0,
      { owner: "Codertocat", repo: "Hello-World" },
    );

  test("a symbolic link (GraphQL gives its target path as the text) is an error, not the defaults", async () => {
    const texts = answer(0o120000, "../shared/impactgate.yml").config;
    expect(texts.own).toBe("symlink");
    const loaded = await loadConfig(
      configFromAnswer(texts, async () => ({})),
      detectors,
    );
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.review.failure?.reason).toContain("symbolic link");
  });

  test("a text GraphQL truncated is too large, not read another way", async () => {
    expect(answer(0o100644, "x", true).config.own).toBe("too-large");
  });

  test("a regular file is its text", () => {
    expect(answer(0o100644, "ack:\n  permission: write\n").config.own).toBe("ack:\n  permission: write\n");
  });
});
