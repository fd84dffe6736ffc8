// @ts-check
import { sendWebhook } from "../fake-github/index.js";

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function percentile(values, p) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Resolves with the time the `impactgate` check run on `sha` was seen completed, or undefined. */
export async function completedAt(fake, sha, deadline) {
  while (Date.now() < deadline) {
    if (fake.state.checkRuns.some((r) => r.head_sha === sha && r.status === "completed")) return Date.now();
    await sleep(20);
  }
  return undefined;
}

/** Waits until no request reached the fake for `quietMs` (the throttled writes of a review are done). */
export async function settle(fake, quietMs = 2500, maxMs = 120_000) {
  const end = Date.now() + maxMs;
  let count = fake.requests.length;
  let since = Date.now();
  while (Date.now() < end) {
    await sleep(100);
    if (fake.requests.length !== count) {
      count = fake.requests.length;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
  }
}

const WRITE = new Set(["POST", "PATCH", "PUT", "DELETE"]);
/**
 * Requests and writes in a slice of the fake's log (GraphQL included: the proxy forwards it). The
 * token counts as a request, not a write; so does a GraphQL query (a read).
 */
export function countRequests(requests) {
  const writes = requests.filter(
    (r) => WRITE.has(r.method) && !/access_tokens$/.test(r.path) && !/graphql$/.test(r.path),
  ).length;
  return { requests: requests.length, writes };
}

export function webhook(dep, payload, delivery) {
  return sendWebhook({ url: dep.webhookUrl, secret: dep.secret, event: "pull_request", payload, delivery });
}
