import nock from "nock";
import { afterEach, beforeEach, expect } from "@jest/globals";
import { unexpectedErrorLogs } from "./probot.js";

/** Requests the test's own loopback servers receive, which are not GitHub's and need no interceptor. */
const LOOPBACK = /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//;

/**
 * No real network, and a test fails when the app made a request no interceptor answered (nock
 * refuses it, or answers 501 when the host has other interceptors: the app would read that as
 * "no GraphQL here" and take another path), when an interceptor was left unused, or when the app
 * logged an error the test did not say it expects (`testProbot({ expectErrors: true })`). A
 * handler that swallows a refused request therefore cannot make a test pass.
 */
export function useNock(): void {
  const unmatched: string[] = [];
  const record = (request: { method?: string; url?: string }) => {
    if (request.url && LOOPBACK.test(request.url)) return;
    unmatched.push(`${request.method ?? "?"} ${request.url ?? "?"}`);
  };
  beforeEach(() => {
    nock.disableNetConnect();
    unmatched.length = 0;
    nock.emitter.on("no match", record);
  });
  afterEach(() => {
    nock.emitter.removeListener("no match", record);
    const pending = nock.pendingMocks();
    nock.cleanAll();
    nock.enableNetConnect(); // do not leak into the next test file of this worker
    expect({ unmatched, pending, errorLogs: unexpectedErrorLogs() }).toEqual({
      unmatched: [],
      pending: [],
      errorLogs: [],
    });
  });
}
