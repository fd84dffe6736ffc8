import {
  COMMENT_EVENT,
  MERGE_GROUP_EVENT,
  PULL_REQUEST_EVENTS,
  REQUESTED_ACTION_EVENT,
  RERUN_EVENTS,
} from "./events.js";
import { handleComment } from "./commands/handle-comment.js";
import { handleRequestedAction } from "./requested-action.js";
import { handleMergeGroup } from "./merge-group/handle-merge-group.js";
import { handlePullRequest } from "./handle-pull-request.js";
import { handleRerequested } from "./handle-rerequested.js";
import { startAppRuntime } from "./queue/app-runtime.js";
import { warnIfEphemeralRecordKey } from "./security/signed-record.js";
import type { ApplicationFunctionOptions, Probot } from "probot";

/**
 * The Probot app (`npm start`): only routes events; handlers validate and dispatch, the queue runs
 * the review (embedded, or BullMQ workers with REDIS_URL). Also serves /healthz /readyz /metrics.
 */
export default function impactgate(app: Probot, options?: Partial<ApplicationFunctionOptions>): void {
  warnIfEphemeralRecordKey(app.log);
  const { dispatch } = startAppRuntime(app, { addHandler: options?.addHandler });
  app.on([...PULL_REQUEST_EVENTS], (context) => handlePullRequest(context, { dispatch }));
  app.on([...RERUN_EVENTS], (context) => handleRerequested(context, { dispatch }));
  app.on(COMMENT_EVENT, (context) => handleComment(context, { dispatch }));
  app.on(REQUESTED_ACTION_EVENT, (context) => handleRequestedAction(context, { dispatch }));
  app.on(MERGE_GROUP_EVENT, (context) => handleMergeGroup(context));
}
