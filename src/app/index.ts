import { PULL_REQUEST_EVENTS, RERUN_EVENTS } from "./events.js";
import { handlePullRequest } from "./handle-pull-request.js";
import { handleRerequested } from "./handle-rerequested.js";
import { createReviewCache } from "./known/review-cache.js";
import type { Probot } from "probot";

/** The Probot app (`npm start`): only routes events; the work is in the handlers. */
export default function impactgate(app: Probot): void {
  // One cache per app instance: reviews known for a head SHA, so `edited` re-fetches nothing.
  const cache = createReviewCache();
  app.on([...PULL_REQUEST_EVENTS], (context) => handlePullRequest(context, { cache }));
  app.on([...RERUN_EVENTS], (context) => handleRerequested(context, { cache }));
}
