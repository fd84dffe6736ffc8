import nock from "nock";
import { afterAll } from "@jest/globals";

// Several test files share one worker and each re-imports nock: drop this file's interceptors and
// its patch of node:http. (Re-activating here would leave a hook whose module is gone by the time
// the next file runs, breaking that file's real loopback HTTP.)
afterAll(() => {
  nock.cleanAll();
  nock.restore();
});
