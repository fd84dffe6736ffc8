import nock from "nock";
import { afterAll } from "@jest/globals";

// Several test files share one worker: each re-imports nock, so restore it once per file.
afterAll(() => {
  nock.cleanAll();
  nock.restore();
  nock.activate();
});
