import type { Context } from "probot";
import { gateContext } from "../gate-context.js";
import type { ReviewCache } from "../known/review-cache.js";
import { runGate } from "../run-gate.js";
import type { PullTarget } from "../target.js";
import type { ReviewQueue } from "./types.js";
import type { Analyze } from "../../isolation/analysis-pool.js";

export interface DispatchOptions {
  /** Review afresh even when findings for this head are known. */
  force?: boolean;
  /** Run even if this exact (PR, head, description) was reviewed before: the Re-run button. */
  rerun?: boolean;
}

/** What a webhook handler does with a validated event: review it now, or hand it to the queue. */
export type Dispatch = (
  context: Pick<Context, "octokit" | "log" | "id" | "config" | "payload">,
  target: PullTarget,
  options?: DispatchOptions,
) => Promise<void>;

/** Enqueue and return: the webhook answers at once, a worker writes the verdict. */
export function queueDispatch(queue: ReviewQueue): Dispatch {
  return async (context, target, { force, rerun } = {}) => {
    const installationId = (context.payload as { installation?: { id: number } }).installation?.id;
    if (installationId === undefined) throw new Error("event without an installation: cannot authenticate a review");
    const { owner, repo, ...pull } = target;
    const job = {
      installationId,
      owner,
      repo,
      pull,
      force,
      reason: rerun ? ("rerequested" as const) : ("event" as const),
      deliveryId: context.id,
      enqueuedAt: Date.now(),
    };
    // One delivery can ask for several PRs (a check suite re-run): de-duplicate per PR, not per delivery.
    const result = await queue.enqueue(job, { deliveryId: `${context.id}:${owner}/${repo}#${target.number}`, rerun });
    context.log.info(
      { delivery: context.id, pr: target.number, headSha: target.head.sha, queued: result.status },
      "review enqueued",
    );
  };
}

/** Review inside the webhook handler: tests and `probot receive` replays, where nothing outlives the event. */
export function inlineDispatch(cache: ReviewCache, analyze?: Analyze): Dispatch {
  return async (context, target, { force } = {}) => {
    await runGate(gateContext(context), target, { cache, force, ...(analyze ? { analyze } : {}) });
  };
}
