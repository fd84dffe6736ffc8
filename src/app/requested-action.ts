import { gateContext } from "./gate-context.js";
import { CHECK_NAME } from "./report/check-run.js";
import { honourAck } from "./commands/honour-ack.js";
import type { Context } from "probot";
import type { Dispatch } from "./queue/dispatch.js";

/** The identifier of the check run's "Acknowledge impact" button (see report/check-run.ts). */
export const ACK_ACTION = "ack";

/**
 * The "Acknowledge impact" button on the `impactgate` check run: the same permission check and
 * record as `/impactgate ack all`, for every pull request of the run's head.
 */
export async function handleRequestedAction(
  context: Context<"check_run.requested_action">,
  deps: { dispatch: Dispatch },
): Promise<void> {
  const { payload } = context;
  if (payload.check_run.name !== CHECK_NAME || payload.requested_action?.identifier !== ACK_ACTION) return;
  if (payload.sender.type === "Bot") return;
  const at = payload.check_run.completed_at ?? new Date().toISOString();
  for (const stub of payload.check_run.pull_requests) {
    await honourAck({
      context,
      gate: gateContext(context),
      dispatch: deps.dispatch,
      repository: payload.repository,
      number: stub.number,
      user: payload.sender.login,
      category: "all",
      reason: "acknowledged with the check run's “Acknowledge impact” button",
      at,
    });
  }
}
