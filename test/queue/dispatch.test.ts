import { describe, expect, it } from "@jest/globals";
import { pino } from "pino";
import { queueDispatch } from "../../src/app/queue/dispatch.js";
import { createEmbeddedQueue } from "../../src/app/queue/embedded-queue.js";
import type { PullTarget } from "../../src/app/target.js";
import type { ReviewJob } from "../../src/app/queue/types.js";

const log = pino({ level: "silent" });

function target(number: number): PullTarget {
  return {
    owner: "acme",
    repo: "kernel",
    number,
    title: "t",
    body: "",
    base: { ref: "main", sha: "b".repeat(40) },
    head: { ref: `f${number}`, sha: String(number).repeat(40).slice(0, 40) },
    labels: [],
  };
}

describe("queueDispatch", () => {
  it("enqueues every PR of one delivery (a check suite re-run), and a redelivery of none of them", async () => {
    const ran: ReviewJob[] = [];
    const queue = createEmbeddedQueue({ run: async (job) => void ran.push(job), log, concurrency: 1 });
    const dispatch = queueDispatch(queue);
    const context = { id: "delivery-1", log, payload: { installation: { id: 7 } } } as unknown as Parameters<
      typeof dispatch
    >[0];
    await dispatch(context, target(1), { rerun: true });
    await dispatch(context, target(2), { rerun: true });
    await dispatch(context, target(1), { rerun: true }); // GitHub's "Redeliver" of the same event
    await queue.close();
    expect(ran.map((j) => j.pull.number).sort()).toEqual([1, 2]);
  });
});
