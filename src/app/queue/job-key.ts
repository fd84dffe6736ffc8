import { createHash } from "node:crypto";
import type { PullSnapshot, ReviewJob } from "./types.js";

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Hash of what the verdict reads from the PR besides the code: title, body and labels. */
export function descriptionHash(pull: PullSnapshot): string {
  const labels = [...pull.labels].sort().join("\n");
  return sha256(`${pull.title}\u0000${pull.body}\u0000${labels}`).slice(0, 16);
}

/** One PR: events for the same PR coalesce on this key. */
export function prKey(job: { owner: string; repo: string; pull: { number: number } }): string {
  return `${job.owner}/${job.repo}#${job.pull.number}`.toLowerCase();
}

/** The idempotency key: (repo, PR, head SHA, description hash). */
export function reviewKey(job: Pick<ReviewJob, "owner" | "repo" | "pull">): string {
  return `${prKey(job)}@${job.pull.head.sha}/${descriptionHash(job.pull)}`;
}

/** The PR of a report job, on the same key as its reviews. */
export function reportPrKey(job: { owner: string; repo: string; number: number }): string {
  return prKey({ owner: job.owner, repo: job.repo, pull: { number: job.number } });
}

/** BullMQ job ids may not contain `:`, and keys can be long: use a digest of the key. */
export function jobIdFor(key: string, rerunNonce?: string): string {
  const id = `rv-${sha256(key).slice(0, 24)}`;
  return rerunNonce ? `${id}-${rerunNonce}` : id;
}
