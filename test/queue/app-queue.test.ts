import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { runtimes } from "../../src/app/queue/app-runtime.js";
import { deliver } from "../app/helpers/deliver.js";
import { github } from "../app/helpers/github.js";
import { headerChangeFiles, POINT_H_AFTER } from "../app/helpers/change.js";
import { payload } from "../app/helpers/payloads.js";
import { testProbot } from "../app/helpers/probot.js";
import { useNock } from "../app/helpers/use-nock.js";

const opened = payload("pull-request-opened-without-statement");
const HEAD = opened.pull_request.head.sha as string;

useNock();
// Jest runs the app inline (NODE_ENV=test); this file tests the queued path `npm start` uses.
beforeAll(() => void (process.env.IMPACTGATE_QUEUE = "embedded"));
afterAll(() => void delete process.env.IMPACTGATE_QUEUE);

describe("the app with its embedded queue", () => {
  it("answers the webhook by enqueueing; the same delivery twice and a same-key event are reviewed once", async () => {
    const gh = github();
    gh.token();
    gh.config(null);
    gh.checkRuns(HEAD);
    gh.files(headerChangeFiles());
    // The header's head version comes with the review query; its base is rebuilt from the patch.
    gh.content("include/point.h", HEAD, POINT_H_AFTER);
    gh.createCheckRun(42);
    gh.comments([[]]);
    gh.createComment();
    gh.addLabels();

    const { probot, logs } = await testProbot();
    await deliver(probot, "pull_request", opened, "delivery-a");
    await deliver(probot, "pull_request", opened, "delivery-a"); // GitHub's "Redeliver"
    await deliver(probot, "pull_request", { ...opened, action: "reopened" }, "delivery-b"); // nothing the verdict reads changed
    await runtimes.get(probot)!.close(); // what SIGTERM does: drain, then exit

    const enqueued = logs.filter((l) => l.msg === "review enqueued").map((l) => [l.delivery, l.queued]);
    expect(enqueued).toEqual([
      ["delivery-a", "queued"],
      ["delivery-a", "duplicate-delivery"],
      ["delivery-b", "duplicate-job"],
    ]);
    expect(gh.blobsRead().filter((e) => e.endsWith("include/point.h"))).toEqual([`${HEAD}:include/point.h`]);
    const checks = gh.bodies("check-runs.create");
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({
      name: "impactgate",
      head_sha: HEAD,
      status: "completed",
      conclusion: "action_required",
    });
    expect(gh.bodies("comments.create")).toHaveLength(1);
  });
});
