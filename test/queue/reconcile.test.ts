import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { pino } from "pino";
import { authProbot } from "../app/helpers/probot.js";
import { interfaceDetector } from "../../src/detectors/interface/index.js";
import { createEmbeddedQueue } from "../../src/app/queue/embedded-queue.js";
import { gateRunner } from "../../src/app/queue/job-runners.js";
import { reconcile } from "../../src/app/reconcile/reconcile.js";
import { withRedisLock } from "../../src/app/reconcile/start-reconciler.js";
import { connectRedis } from "../../src/app/queue/redis-queue.js";
import { createMetrics } from "../../src/app/ops/metrics.js";
import { github } from "../app/helpers/github.js";
import { headerChangeFiles, POINT_H_AFTER } from "../app/helpers/change.js";
import { payload } from "../app/helpers/payloads.js";
import { useNock } from "../app/helpers/use-nock.js";
import { startRedis } from "../helpers/redis.js";
import type { TestRedis } from "../helpers/redis.js";

const log = pino({ level: "silent" });
const probot = authProbot(log);

useNock();

describe("reconciliation", () => {
  it("finds the open PR whose head has no completed check and completes it; leaves checked and stale PRs alone", async () => {
    const opened = payload("pull-request-opened-without-statement");
    const hour = 3600_000;
    const pr = (number: number, sha: string, updatedAgoMs: number) => ({
      ...opened.pull_request,
      number,
      head: { ...opened.pull_request.head, sha },
      updated_at: new Date(Date.now() - updatedAgoMs).toISOString(),
    });
    const HEAD = opened.pull_request.head.sha as string;
    const CHECKED = "c".repeat(40);

    const gh = github();
    gh.api
      .get("/app/installations")
      .query({ per_page: "100" })
      .reply(200, [{ id: 1, account: { login: "Codertocat" }, suspended_at: null }]);
    gh.token(1);
    gh.api
      .get("/installation/repositories")
      .query({ per_page: "100" })
      .reply(200, { total_count: 1, repositories: [opened.repository] });
    gh.api
      .get("/repos/Codertocat/Hello-World/pulls")
      .query({ state: "open", sort: "updated", direction: "desc", per_page: "100" })
      .reply(200, [pr(2, HEAD, hour), pr(3, CHECKED, 2 * hour), pr(4, "d".repeat(40), 72 * hour)]);
    gh.restCheckRuns(HEAD); // no check: the webhook for this head was lost
    gh.restCheckRuns(CHECKED, [{ id: 9, name: "impactgate", status: "completed", conclusion: "success", output: {} }]);

    // The review the reconciler enqueued, as the worker runs it (interface detector only).
    gh.config(null);
    gh.checkRuns(HEAD);
    gh.files(headerChangeFiles());
    // The header's head version comes with the review query; its base is rebuilt from the patch.
    gh.content("include/point.h", HEAD, POINT_H_AFTER);
    gh.createCheckRun(42);
    gh.comments([[]]);
    gh.createComment();
    gh.addLabels();

    const metrics = createMetrics({ defaultMetrics: false });
    const auth = (id?: number) => probot.auth(id);
    const queue = createEmbeddedQueue({
      log,
      metrics,
      // Not a stale-head test (test/security/stale-head.test.ts): a loaded machine must not add a `pulls.get`.
      run: gateRunner({ auth, log, metrics, detectors: [interfaceDetector], staleAfterMs: Number.POSITIVE_INFINITY }),
    });
    const result = await reconcile({ auth, queue, log });
    await queue.close();

    expect(result).toEqual({ installations: 1, unchecked: 1, enqueued: 1 });
    const [check] = gh.bodies("check-runs.create");
    expect(check).toMatchObject({
      name: "impactgate",
      head_sha: HEAD,
      status: "completed",
      conclusion: "action_required",
    });
    expect(gh.blobsRead().filter((e) => e.endsWith("include/point.h"))).toEqual([`${HEAD}:include/point.h`]);
    const text = await metrics.registry.metrics();
    expect(text).toContain('impactgate_reviews_total{conclusion="action_required"} 1');
    expect(text).toContain(
      'impactgate_github_requests_total{route="POST /repos/{owner}/{repo}/check-runs",status="201"} 1',
    );
  });
});

describe("reconciliation lock on a real redis-server", () => {
  let server: TestRedis | null;
  beforeAll(async () => void (server = await startRedis()));
  afterAll(async () => server?.stop());

  it("lets one replica reconcile at a time and frees the lock afterwards", async () => {
    if (!server) return console.warn("SKIPPED: no redis-server");
    const a = connectRedis(server.url);
    const b = connectRedis(server.url);
    let runs = 0;
    const work = async () => (runs++, await new Promise((r) => setTimeout(r, 100)), "done");
    const [first, second] = await Promise.all([
      withRedisLock(a, "ig:test-lock", 10_000, work),
      withRedisLock(b, "ig:test-lock", 10_000, work),
    ]);
    expect([first, second].sort()).toEqual(["done", undefined]);
    expect(runs).toBe(1);
    expect(await withRedisLock(b, "ig:test-lock", 10_000, work)).toBe("done");
    a.disconnect();
    b.disconnect();
  });
});
