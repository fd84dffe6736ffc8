import { describe, expect, it } from "@jest/globals";
import { createWriteLanes, writePriority } from "../../src/app/queue/write-lane.js";

describe("write lane", () => {
  it("releases an installation's writes one per gap, verdicts before comments and labels queued earlier", async () => {
    const lanes = createWriteLanes(20);
    const order: string[] = [];
    const startedAt: number[] = [];
    const write = (name: string) => async () => {
      order.push(name);
      if (!name.includes("other")) startedAt.push(Date.now());
      await new Promise((r) => setTimeout(r, 50)); // slower than the gap: the lane does not wait for it
      return name;
    };
    const done = [
      lanes.schedule(1, 1, write("comment PR 1")),
      lanes.schedule(1, 1, write("labels PR 1")),
      lanes.schedule(1, 1, write("comment PR 2")),
      lanes.schedule(1, 0, write("check PR 3")),
      lanes.schedule(1, 0, write("check PR 4")),
      lanes.schedule(2, 1, write("comment other installation")),
    ];
    expect(await Promise.all(done)).toHaveLength(6);
    const installation1 = order.filter((n) => !n.includes("other"));
    // The first write had already started; every verdict then jumps the queue, in arrival order.
    expect(installation1).toEqual(["comment PR 1", "check PR 3", "check PR 4", "labels PR 1", "comment PR 2"]);
    const gaps = startedAt.slice(1).map((t, i) => t - startedAt[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(18); // timer slack
    expect(order.indexOf("comment other installation")).toBeLessThan(2); // its own lane: no wait
  });

  it("passes a failed write's error to its caller and goes on with the next", async () => {
    const lanes = createWriteLanes(0);
    const failing = lanes.schedule(1, 0, async () =>
      Promise.reject(Object.assign(new Error("Bad Gateway"), { status: 502 })),
    );
    const next = lanes.schedule(1, 1, async () => "ok");
    await expect(failing).rejects.toMatchObject({ status: 502 });
    expect(await next).toBe("ok");
  });

  it("puts check-run writes and the blob query first, and leaves reads and the token out", () => {
    expect(writePriority("POST", "/repos/{owner}/{repo}/check-runs")).toBe(0);
    expect(writePriority("PATCH", "/repos/{owner}/{repo}/check-runs/{check_run_id}")).toBe(0);
    expect(writePriority("POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments")).toBe(1);
    expect(writePriority("DELETE", "/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}")).toBe(1);
    expect(writePriority("GET", "/repos/{owner}/{repo}/pulls/{pull_number}/files")).toBeUndefined();
    expect(writePriority("POST", "/graphql")).toBe(0); // Probot's throttle puts GraphQL in the write limiter
    expect(writePriority("POST", "/app/installations/{installation_id}/access_tokens")).toBeUndefined();
  });
});
