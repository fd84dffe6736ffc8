import { readFileSync } from "node:fs";

/** A scenario webhook payload from fixtures/webhooks (derived from @octokit/webhooks-examples). */
export function payload<T = Record<string, any>>(name: string): T {
  const url = new URL(`../../../fixtures/webhooks/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, "utf8")) as T;
}
