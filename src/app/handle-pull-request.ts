import { pullTarget } from "./target.js";
import type { PullTarget } from "./target.js";
import type { Context } from "probot";
import type { PullRequestEvent } from "./events.js";
import type { Dispatch } from "./queue/dispatch.js";

/** Actions that leave the head where it was. */
const HEAD_KEPT = new Set(["edited", "labeled", "unlabeled"]);

type PullRequestPayload = Context<PullRequestEvent>["payload"];

/** A pull request event: review its head (re-using known findings when the head did not move). */
export async function handlePullRequest(
  context: Context<PullRequestEvent>,
  deps: { dispatch: Dispatch },
): Promise<void> {
  const { payload } = context;
  // Our own label writes come back as labeled/unlabeled events; bots never change the verdict.
  if ((payload.action === "labeled" || payload.action === "unlabeled") && payload.sender?.type === "Bot") return;
  // A title-only or base-only edit cannot change statements; the body is what we read.
  if (payload.action === "edited" && payload.changes && !("body" in payload.changes) && !("base" in payload.changes))
    return;
  const { target, force } = pullRequestReview(payload);
  // Validated: hand it to the queue and answer the webhook (GitHub waits 10 s, then gives up).
  await deps.dispatch(context, target, { force });
}

/**
 * What a `pull_request` payload asks to review (the app's webhook, the Action's event file): the
 * head, marked unchanged when the action did not move it, and `force` when the base changed.
 */
export function pullRequestReview(
  payload: Pick<PullRequestPayload, "action" | "repository" | "pull_request"> & { changes?: object },
): { target: PullTarget; force: boolean } {
  const target = {
    ...pullTarget(payload.repository, payload.pull_request),
    ...(HEAD_KEPT.has(payload.action) ? { headUnchanged: true } : {}),
  };
  return { target, force: payload.action === "edited" && "base" in (payload.changes ?? {}) };
}
