import nock from "nock";
import { afterEach, beforeEach, expect } from "@jest/globals";

/** No real network, and every test ends with every interceptor used (no pending mocks). */
export function useNock(): void {
  beforeEach(() => nock.disableNetConnect());
  afterEach(() => {
    const pending = nock.pendingMocks();
    nock.cleanAll();
    nock.enableNetConnect(); // do not leak into the next test file of this worker
    expect(pending).toEqual([]);
  });
}
