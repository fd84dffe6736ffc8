import { describe, expect, it } from "@jest/globals";
import { createWriteLanes } from "../../src/app/queue/write-lane.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("write lane while reviews of the installation run", () => {
  it("holds comments and labels until the running reviews have written their verdicts; other installations are not held", async () => {
    const lanes = createWriteLanes(5, { holdMs: 10_000 });
    const order: string[] = [];
    const write = (name: string) => async () => void order.push(name);
    const verdictWritten = lanes.reviewing(1);
    const comment = lanes.schedule(1, 1, write("comment PR 1"));
    const other = lanes.schedule(2, 1, write("comment other installation"));
    await sleep(50);
    expect(order).toEqual(["comment other installation"]);
    await lanes.schedule(1, 0, write("check PR 2"));
    verdictWritten();
    verdictWritten(); // twice (the gate's finally after deferReport) counts once
    await Promise.all([comment, other]);
    expect(order).toEqual(["comment other installation", "check PR 2", "comment PR 1"]);
    // Nothing is held once no review runs.
    await lanes.schedule(1, 1, write("labels PR 1"));
    expect(order.at(-1)).toBe("labels PR 1");
  });

  it("releases a held comment after holdMs even while reviews keep running (no starvation)", async () => {
    const lanes = createWriteLanes(0, { holdMs: 100 });
    lanes.reviewing(1); // a steady stream of reviews: never ends in this test
    const scheduled = Date.now();
    let startedAt = 0;
    await lanes.schedule(1, 1, async () => void (startedAt = Date.now()));
    expect(startedAt - scheduled).toBeGreaterThanOrEqual(95); // timer slack
  });
});
