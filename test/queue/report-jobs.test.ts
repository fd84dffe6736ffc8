import { describe, expect, it } from "@jest/globals";
import { pino } from "pino";
import { authProbot } from "../app/helpers/probot.js";
import { interfaceDetector } from "../../src/detectors/interface/index.js";
import { createEmbeddedQueue } from "../../src/app/queue/embedded-queue.js";
import { gateRunner } from "../../src/app/queue/job-runners.js";
import { reportRunner } from "../../src/app/queue/job-runners.js";
import { createMetrics } from "../../src/app/ops/metrics.js";
import { pullTarget } from "../../src/app/target.js";
import type { ReportJob, ReviewJob } from "../../src/app/queue/types.js";
import { github, REPO } from "../app/helpers/github.js";
import { headerChangeFiles, POINT_H_AFTER, POINT_H_BEFORE } from "../app/helpers/change.js";
import { payload } from "../app/helpers/payloads.js";
import { useNock } from "../app/helpers/use-nock.js";
import { reportPlan } from "./helpers/report-plan.js";

const log = pino({ level: "silent" });
const probot = authProbot(log);
const auth = (id: number) => probot.auth(id);

const opened = payload("pull-request-opened-without-statement");
const BASE = opened.pull_request.base.sha as string;

/** The opened fixture as a queued review of PR `number` at `head`. */
function job(number: number, head: string): ReviewJob {
  const { owner, repo, ...pull } = pullTarget(opened.repository, {
    ...opened.pull_request,
    number,
    head: { ...opened.pull_request.head, sha: head },
  });
  return {
    installationId: opened.installation.id,
    owner,
    repo,
    pull,
    reason: "event",
    deliveryId: `d-${number}`,
    enqueuedAt: Date.now(),
  };
}

useNock();

describe("report jobs on the embedded queue", () => {
  it("with one review slot, the second PR's verdict is written while the first PR's slow comment is still on its way", async () => {
    const heads = { 2: "2".repeat(40), 3: "3".repeat(40) };
    const gh = github();
    gh.token();
    gh.config(null);
    gh.comments([[]]); // read by each review's one GraphQL request, carried to its report in the plan
    for (const n of [2, 3] as const) {
      // The review of the header change (interface detector only): its files, then one GraphQL request.
      gh.checkRuns(heads[n]);
      gh.files(headerChangeFiles(), n);
      gh.content("include/point.h", BASE, POINT_H_BEFORE);
      gh.content("include/point.h", heads[n], POINT_H_AFTER);
      gh.createCheckRun(40 + n);
      // A comment takes 1.5 s: what Probot's 3 s comment limiter does to the 2nd comment of an installation.
      gh.api
        .post(`${REPO}/issues/${n}/comments`)
        .delay(1500)
        .reply(201, { id: 70 + n });
      gh.addLabels(n);
    }
    // Writes in the order GitHub finished them ('replied' fires after the delay).
    const finished: string[] = [];
    gh.api.on("replied", (req: Request) => {
      const path = new URL(req.url).pathname;
      if (req.method === "POST" && path.startsWith(REPO)) finished.push(`POST ${path.slice(REPO.length)}`);
    });

    const metrics = createMetrics({ defaultMetrics: false });
    const queue = createEmbeddedQueue({
      log,
      metrics,
      concurrency: 1,
      run: gateRunner({ auth, log, metrics, detectors: [interfaceDetector] }),
      runReport: reportRunner({ auth, log, metrics }),
    });
    await queue.enqueue(job(2, heads[2]));
    await queue.enqueue(job(3, heads[3]));
    await queue.close({ drainMs: 20_000 });

    // Inline, PR 3's review could not start before PR 2's comment had finished.
    expect(finished.slice(0, 2)).toEqual(["POST /check-runs", "POST /check-runs"]);
    expect([...finished].sort()).toEqual([
      "POST /check-runs",
      "POST /check-runs",
      "POST /issues/2/comments",
      "POST /issues/2/labels",
      "POST /issues/3/comments",
      "POST /issues/3/labels",
    ]);
    expect(gh.bodies("check-runs.create").map((c) => [c.head_sha, c.conclusion])).toEqual([
      [heads[2], "action_required"],
      [heads[3], "action_required"],
    ]);
    expect(gh.bodies("labels.add")).toEqual([{ labels: ["abi-break"] }, { labels: ["abi-break"] }]);
    const text = await metrics.registry.metrics();
    expect(text).toContain('impactgate_report_jobs_total{outcome="completed"} 2');
    expect(text).toContain('impactgate_reviews_total{conclusion="action_required"} 2');
  });

  it("drops a report whose PR has a review of a newer head pending; a report queued by its own running review is written", async () => {
    const written: ReportJob[] = [];
    const metrics = createMetrics({ defaultMetrics: false });
    const old = "1".repeat(40);
    const newer = "9".repeat(40);
    const report = async (head: string): Promise<ReportJob> => ({
      installationId: 1,
      owner: "Codertocat",
      repo: "Hello-World",
      number: 2,
      headSha: head,
      plan: await reportPlan({ number: 2, head }),
      enqueuedAt: Date.now(),
      reviewStartedAt: Date.now(),
    });
    const queue: ReturnType<typeof createEmbeddedQueue> = createEmbeddedQueue({
      log,
      metrics,
      concurrency: 1,
      run: async (j, enqueueReport) => {
        if (j.pull.head.sha === old) {
          // A push lands while this review runs: the newer head's review waits for the PR's slot.
          await queue.enqueue(job(2, newer));
          await enqueueReport!(await report(old));
        } else {
          await enqueueReport!(await report(newer));
        }
      },
      runReport: async (r) => void written.push(r),
    });
    await queue.enqueue(job(2, old));
    await queue.close({ drainMs: 5000 });

    expect(written.map((r) => r.headSha)).toEqual([newer]);
    const text = await metrics.registry.metrics();
    expect(text).toContain('impactgate_report_jobs_total{outcome="stale"} 1');
    expect(text).toContain('impactgate_report_jobs_total{outcome="completed"} 1');
  });

  it("keeps only the newest waiting report of a PR, and lists comments again once another report of the PR ran after its review started", async () => {
    const runs: [string, boolean][] = [];
    let release!: () => void;
    const blocked = new Promise<void>((r) => (release = r));
    const metrics = createMetrics({ defaultMetrics: false });
    const queue = createEmbeddedQueue({
      log,
      metrics,
      run: async () => undefined,
      runReport: async (r, { reuseComments }) => {
        runs.push([r.headSha[0]!, reuseComments]);
        if (r.headSha[0] === "a") await blocked;
      },
    });
    const started = Date.now();
    const plan = await reportPlan({ number: 5, head: "a".repeat(40) });
    const report = (c: string): ReportJob => ({
      installationId: 1,
      owner: "o",
      repo: "r",
      number: 5,
      headSha: c.repeat(40),
      plan,
      enqueuedAt: Date.now(),
      reviewStartedAt: started,
    });
    expect(await queue.enqueueReport(report("a"))).toBe("queued"); // runs at once, and blocks
    expect(await queue.enqueueReport(report("b"))).toBe("queued"); // waits: one report per PR at a time
    expect(await queue.enqueueReport(report("c"))).toBe("replaced");
    expect((await queue.stats()).reports).toEqual({ waiting: 1, active: 1, delayed: 0 });
    release();
    await queue.close();
    // c's review read the comments before a's report ended: c lists them again.
    expect(runs).toEqual([
      ["a", true],
      ["c", false],
    ]);
    expect(await metrics.registry.metrics()).toContain('impactgate_report_jobs_total{outcome="replaced"} 1');
  });
});
