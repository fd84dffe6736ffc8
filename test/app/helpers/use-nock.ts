import nock from "nock";
import { afterEach, beforeEach, expect } from "@jest/globals";

/** No real network, and every test ends with every interceptor used (no pending mocks). */
export function useNock(): void {
  beforeEach(() => nock.disableNetConnect());
  afterEach(() => {
    const pending = nock.pendingMocks();
    nock.cleanAll();
    expect(pending).toEqual([]);
  });
}
