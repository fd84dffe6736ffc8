import { describe, expect, test } from "@jest/globals";
import { useNock } from "./helpers/use-nock.js";
import { testProbot } from "./helpers/probot.js";
import { payload } from "./helpers/payloads.js";
import { deliver } from "./helpers/deliver.js";
import { github } from "./helpers/github.js";
import { headerChangeFiles } from "./helpers/change.js";

const opened = payload("pull-request-opened-without-statement");
const HEAD = opened.pull_request.head.sha as string;

useNock();

/** The check run created for the PR under `yaml`: the file list, the review query and the check. */
async function checkFor(yaml: string) {
  const gh = github();
  gh.token();
  gh.files(headerChangeFiles());
  gh.config(yaml);
  gh.checkRuns(HEAD);
  gh.createCheckRun(42);
  const { probot } = await testProbot();
  await deliver(probot, "pull_request", opened);
  return gh.bodies("check-runs.create")[0];
}

describe(".github/impactgate.yml", () => {
  test("a wrong type is a failure check naming the key path and what was expected; nothing else is written", async () => {
    const check = await checkFor("limits:\n  files: lots\n");
    expect(check).toMatchObject({ head_sha: HEAD, status: "completed", conclusion: "failure" });
    const shown = `${check.output.title}\n${check.output.summary}`;
    expect(shown).toContain("limits.files");
    expect(shown).toMatch(/number|integer/);
    expect(shown).toContain("config.md");
    // No files read, no comment, no label: the verdict is about the config, not the change.
  });

  test("an unknown key is a failure naming it", async () => {
    const check = await checkFor("interfaces:\n  inclde: ['**/*.h']\n");
    expect(check.conclusion).toBe("failure");
    expect(check.output.summary).toContain("inclde");
  });
});
