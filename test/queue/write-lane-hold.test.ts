import { describe, expect, it } from "@jest/globals";
import { createWriteLanes, writePriority } from "../../src/app/queue/write-lane.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("write lane while reviews of the installation run", () => {
  it("holds report writes until the running reviews have written their verdicts; a review's own writes and other installations are not held", async () => {
    const lanes = createWriteLanes(5, { holdMs: 10_000 });
    const order: string[] = [];
    const write = (name: string) => async () => void order.push(name);
    const verdictWritten = lanes.reviewing(1);
    const comment = lanes.schedule(1, 2, write("report comment PR 1"));
    const other = lanes.schedule(2, 2, write("report comment other installation"));
    await lanes.schedule(1, 1, write("review's own write PR 2")); // e.g. a comment written inline
    await sleep(50);
    expect(order).toEqual(["report comment other installation", "review's own write PR 2"]);
    await lanes.schedule(1, 0, write("check PR 2"));
    verdictWritten();
    verdictWritten(); // twice (deferReport, then the gate's finally) counts once
    await Promise.all([comment, other]);
    expect(order.slice(2)).toEqual(["check PR 2", "report comment PR 1"]);
    // Nothing is held once no review runs.
    await lanes.schedule(1, 2, write("report labels PR 1"));
    expect(order.at(-1)).toBe("report labels PR 1");
  });

  it("releases a held report write after holdMs even while reviews keep running (no starvation)", async () => {
    const lanes = createWriteLanes(0, { holdMs: 100 });
    lanes.reviewing(1); // a steady stream of reviews: never ends in this test
    const scheduled = Date.now();
    let startedAt = 0;
    await lanes.schedule(1, 2, async () => void (startedAt = Date.now()));
    expect(startedAt - scheduled).toBeGreaterThanOrEqual(95); // timer slack
  });

  it("puts GitHub Enterprise Server's GraphQL URL on the verdict's path like api.github.com's", () => {
    expect(writePriority("POST", "http://ghe.example:8080/api/graphql")).toBe(0);
    expect(writePriority("POST", "/graphql")).toBe(0);
    expect(writePriority("POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments")).toBe(1);
  });
});
