import { createHash } from "node:crypto";
import { describe, expect, test } from "@jest/globals";
import { ProbotOctokit } from "probot";
import { useNock } from "./helpers/use-nock.js";
import { github } from "./helpers/github.js";
import { writeCheckRun } from "../../src/app/report/check-run.js";
import { encodeKnown } from "../../src/app/known/known-findings.js";
import type { Octokit } from "../../src/app/octokit.js";

function octokit(): Octokit {
  const Client = ProbotOctokit.defaults((o: Record<string, unknown> & { throttle?: object }) => ({
    ...o,
    retry: { enabled: false },
    throttle: { ...o?.throttle, enabled: false },
  }));
  return new Client({ auth: { token: "ghs_test" } }) as unknown as Octokit;
}

const base = {
  owner: "Codertocat",
  repo: "Hello-World",
  headSha: "a".repeat(40),
  conclusion: "action_required" as const,
};

useNock();

describe("writeCheckRun", () => {
  test("a summary over 65,535 characters is cut and says so", async () => {
    const gh = github();
    gh.createCheckRun(42);
    const summary = "- a finding line that repeats\n".repeat(4000);
    await writeCheckRun({ ...base, octokit: octokit(), output: { title: "t", summary, annotations: [] } });
    const [body] = gh.bodies("check-runs.create");
    expect(body.output.summary.length).toBeLessThanOrEqual(65_535);
    expect(body.output.summary).toMatch(/truncated/);
  });

  test("the known-findings record is left out when it would push output.text over the limit", async () => {
    const gh = github();
    gh.createCheckRun(42);
    // Hashes: text gzip cannot shrink much, like real paths and messages of a huge PR.
    const hash = (s: string) => createHash("sha256").update(s).digest("hex");
    const findings = Array.from({ length: 3000 }, (_, i) => ({
      ruleId: `x/r${i}`,
      category: "abi" as const,
      severity: "error" as const,
      path: `p/${hash(`p${i}`)}.h`,
      line: i + 1,
      message: hash(`m${i}`),
    }));
    const record = encodeKnown(
      { headSha: base.headSha, configHash: "h", findings, sections: [], notReviewed: [] },
      base,
    );
    expect(record.length).toBeGreaterThan(65_535);
    await writeCheckRun({
      ...base,
      octokit: octokit(),
      output: { title: "t", summary: "s", text: "visible", annotations: [] },
      record,
    });
    expect(gh.bodies("check-runs.create")[0].output.text).toBe("visible");
  });

  test("updating an existing run replaces an older record instead of leaving it behind", async () => {
    const gh = github();
    gh.updateCheckRun(42);
    await writeCheckRun({
      ...base,
      octokit: octokit(),
      existingId: 42,
      output: { title: "t", summary: "s", annotations: [] },
    });
    const [body] = gh.bodies("check-runs.update");
    expect(body).toMatchObject({ status: "completed", conclusion: "action_required", output: { text: "" } });
  });
});
