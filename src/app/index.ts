import { PULL_REQUEST_EVENTS, RERUN_EVENTS } from "./events.js";
import { handlePullRequest } from "./handle-pull-request.js";
import { handleRerequested } from "./handle-rerequested.js";
import { startAppRuntime } from "./queue/start-app-runtime.js";
import type { ApplicationFunctionOptions, Probot } from "probot";

/**
 * The Probot app (`npm start`): only routes events; handlers validate and dispatch, the queue runs
 * the review (embedded, or BullMQ workers with REDIS_URL). Also serves /healthz /readyz /metrics.
 */
export default function impactgate(app: Probot, options?: Partial<ApplicationFunctionOptions>): void {
  const { dispatch } = startAppRuntime(app, { addHandler: options?.addHandler });
  app.on([...PULL_REQUEST_EVENTS], (context) => handlePullRequest(context, { dispatch }));
  app.on([...RERUN_EVENTS], (context) => handleRerequested(context, { dispatch }));
}
