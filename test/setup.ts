import nock from "nock";
import { afterAll } from "@jest/globals";

// Several test files share one worker and each re-imports nock: drop this file's interceptors and
// its patch of node:http. (Re-activating here would leave a hook whose module is gone by the time
// the next file runs, breaking that file's real loopback HTTP.)
afterAll(() => {
  nock.cleanAll();
  nock.restore();
});

// Tests stop an app by draining its queue (what SIGTERM does). On a loaded machine a review can take
// longer than the production drain deadline (25 s), and the test would then see no verdict: wait for
// the work instead. Tests of the deadline itself pass drainMs explicitly.
process.env.IMPACTGATE_DRAIN_MS ??= "600000";
