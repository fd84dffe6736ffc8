import { describe, expect, test } from "@jest/globals";
import { Writable } from "node:stream";
import { pino } from "pino";
import { ProbotOctokit } from "probot";
import { useNock } from "../app/helpers/use-nock.js";
import { github } from "../app/helpers/github.js";
import { mockHeaderReads } from "../app/helpers/mock-header-reads.js";
import { HEAD, opened, pr } from "../app/ack-helpers.js";
import { runGate } from "../../src/app/run-gate.js";
import { pullTarget } from "../../src/app/target.js";
import { createReviewCache } from "../../src/app/known/review-cache.js";
import type { GateContext } from "../../src/app/gate-context.js";

useNock();

/** A gate context on an installation token, as a queue worker builds one; its log lines kept. */
function context() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({ write: (chunk, _e, done) => void (lines.push(JSON.parse(String(chunk))), done()) });
  const Octokit = ProbotOctokit.defaults((o: Record<string, unknown> & { throttle?: object }) => ({
    ...o,
    retry: { enabled: false },
    throttle: { ...o?.throttle, enabled: false },
  }));
  const ctx: GateContext = {
    octokit: new Octokit({ auth: { token: "ghs_test" } }) as GateContext["octokit"],
    log: pino({ level: "info" }, stream),
    delivery: "stale-1",
    readConfig: async () => null,
  };
  return { ctx, lines };
}

/** The review of HEAD up to its verdict. */
function review(gh: ReturnType<typeof github>) {
  gh.checkRuns(HEAD);
  mockHeaderReads(gh);
  gh.comments([[]]);
}

describe("stale-head guard", () => {
  test("the head moved during the review: the verdict is dropped, and the log says why", async () => {
    const gh = github();
    review(gh);
    gh.pull({ ...pr, head: { ...pr.head, sha: "f".repeat(40) } });
    const { ctx, lines } = context();
    const result = await runGate(ctx, pullTarget(opened.repository, pr), {
      cache: createReviewCache(),
      confirmHead: true,
    });

    expect(result).toBeUndefined();
    expect(gh.bodies("check-runs.create")).toEqual([]); // nothing written: the newer head's review owns it
    expect(gh.bodies("comments.create")).toEqual([]);
    expect(lines.find((l) => String(l.msg).startsWith("head moved"))).toMatchObject({
      newHeadSha: "f".repeat(40),
      headSha: HEAD,
    });
  });

  test("the head is still the analysed one: the verdict is written", async () => {
    const gh = github();
    review(gh);
    gh.pull(pr);
    gh.createCheckRun(42);
    gh.createComment();
    gh.addLabels();
    const { ctx } = context();
    const result = await runGate(ctx, pullTarget(opened.repository, pr), {
      cache: createReviewCache(),
      confirmHead: true,
    });
    expect(result?.review.conclusion).toBe("action_required");
    expect(gh.bodies("check-runs.create")[0]).toMatchObject({ head_sha: HEAD, conclusion: "action_required" });
  });

  test("a push arrives during a review in the webhook handler: the review of the old head confirms and drops its verdict", async () => {
    // No timing: the newer head's review waiting behind this one on the PR lock is what asks GitHub.
    const NEW = "f".repeat(40);
    const gh = github();
    review(gh);
    gh.pull({ ...pr, head: { ...pr.head, sha: NEW } }); // the old head's review asks, once
    gh.checkRuns(NEW);
    mockHeaderReads(gh, { head: NEW });
    gh.createCheckRun(43);
    gh.createComment();
    gh.addLabels();
    const { ctx, lines } = context();
    const cache = createReviewCache();
    const target = pullTarget(opened.repository, pr);
    const newer = { ...target, head: { ...target.head, sha: NEW } };
    const [old, current] = await Promise.all([runGate(ctx, target, { cache }), runGate(ctx, newer, { cache })]);

    expect(old).toBeUndefined();
    expect(current?.review.conclusion).toBe("action_required");
    expect(gh.bodies("check-runs.create").map((b) => b.head_sha)).toEqual([NEW]);
    expect(lines.find((l) => String(l.msg).startsWith("head moved"))).toMatchObject({ newHeadSha: NEW, headSha: HEAD });
  });

  test("a review that waited in the queue past the threshold checks the head without being asked", async () => {
    const gh = github();
    review(gh);
    gh.pull({ ...pr, head: { ...pr.head, sha: "e".repeat(40) } });
    const { ctx } = context();
    const result = await runGate(ctx, pullTarget(opened.repository, pr), {
      cache: createReviewCache(),
      since: Date.now() - 60_000,
    });
    expect(result).toBeUndefined();
  });
});
