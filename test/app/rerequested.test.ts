import { describe, expect, test } from "@jest/globals";
import { useNock } from "./helpers/use-nock.js";
import { testProbot } from "./helpers/probot.js";
import { payload } from "./helpers/payloads.js";
import { deliver } from "./helpers/deliver.js";
import { comment, github } from "./helpers/github.js";
import { mockHeaderReads } from "./helpers/mock-header-reads.js";
import { encodeKnown } from "../../src/app/known/known-findings.js";
import { configHash } from "../../src/app/load-config.js";
import { defaultConfig } from "../../src/config/defaults.js";
import { detectors } from "../../src/engine/registry.js";

const pr = payload("pull-request-opened-without-statement").pull_request;
const HEAD = pr.head.sha as string;

/** A run on the head that recorded findings: a re-run must still review afresh. */
function existingRun() {
  const known = {
    headSha: HEAD,
    configHash: configHash(defaultConfig(), detectors),
    findings: [],
    sections: [],
    notReviewed: [],
  };
  return {
    id: 42,
    name: "impactgate",
    head_sha: HEAD,
    status: "completed",
    conclusion: "failure",
    output: { title: "t", summary: "s", text: encodeKnown(known, { owner: "Codertocat", repo: "Hello-World" }) },
  };
}

/** The full review a re-run costs: the PR read once, files and contents read again, run updated. */
function rerun(installationId: number) {
  const gh = github();
  gh.token(installationId);
  gh.pull(pr);
  gh.config(null);
  gh.checkRuns(HEAD, [existingRun()]);
  mockHeaderReads(gh);
  gh.updateCheckRun(42);
  gh.comments([[comment(7, "<!-- impactgate -->\nold", "Bot")]]);
  gh.updateComment(7);
  gh.addLabels();
  return gh;
}

useNock();

describe("re-run", () => {
  test("check_run.rerequested reviews the pull request afresh and updates the same run", async () => {
    const run = payload("check-run-rerequested-impactgate");
    const gh = rerun(run.installation.id);
    const { probot } = await testProbot();
    await deliver(probot, "check_run", run);

    const [update] = gh.bodies("check-runs.update");
    expect(update).toMatchObject({ status: "completed", conclusion: "action_required" });
    expect(update.output.annotations.length).toBeGreaterThan(0); // the findings changed: annotated
    expect(gh.bodies("check-runs.create")).toEqual([]);
  });

  test("check_suite.rerequested reviews each pull request of the suite", async () => {
    const suite = payload("check-suite-rerequested");
    const gh = rerun(suite.installation.id);
    const { probot } = await testProbot();
    await deliver(probot, "check_suite", suite);

    const [update] = gh.bodies("check-runs.update");
    expect(update).toMatchObject({ status: "completed", conclusion: "action_required" });
    expect(gh.bodies("comments.update")).toHaveLength(1);
  });
});
