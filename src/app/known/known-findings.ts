import { gunzipSync, gzipSync } from "node:zlib";
import { openRecord, recordPrefix, sealRecord } from "../security/signed-record.js";
import { decideVerdict } from "../../engine/verdict.js";
import { statementsOf } from "../../statements/parse-statements.js";
import type { Config } from "../../config/types.js";
import type { Review } from "../../engine/types.js";

/**
 * What a finished review of one head SHA under one config found, before statements: enough to
 * re-decide the verdict for a new description without fetching a file again.
 */
export interface KnownFindings {
  headSha: string;
  configHash: string;
  findings: Review["findings"];
  sections: Review["sections"];
  notReviewed: Review["notReviewed"];
}

/** The repository a record belongs to: a record copied from another repository does not verify. */
export interface RepoRef {
  owner: string;
  repo: string;
}

/** How the record begins: it is the first thing in the check run's `output.text`. */
export const KNOWN_MARKER = recordPrefix("known");

/** The reusable part of a review; failures are never reused (a re-run must try again). */
export function knownFrom(review: Review, headSha: string, configHash: string): KnownFindings | undefined {
  if (review.conclusion === "failure") return undefined;
  return { headSha, configHash, findings: review.findings, sections: review.sections, notReviewed: review.notReviewed };
}

/**
 * The review of a head whose findings are recorded: the verdict pipeline on them and the
 * description now, without fetching a file again (what an `edited` event costs).
 */
export function reviewFromKnown(known: KnownFindings, { body, config }: { body: string; config: Config }): Review {
  return {
    ...decideVerdict({ findings: known.findings, statements: statementsOf(body, config), config }),
    sections: known.sections,
    symbols: { before: [], after: [] },
    notReviewed: known.notReviewed,
  };
}

/** True when two finding lists are the same, so annotations already sent need not be sent again. */
export function sameFindings(a: Review["findings"] | undefined, b: Review["findings"]): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The known findings as a sealed record (gzip + base64, HMAC bound to the repository; see
 * security/signed-record.ts), so any replica can read them back from the check run with one
 * request — and no one but the app can write one: findings read back decide a verdict.
 */
export function encodeKnown(known: KnownFindings, repo: RepoRef): string {
  return sealRecord("known", scopeOf(repo), gzipSync(JSON.stringify(known)).toString("base64"));
}

/**
 * The record encodeKnown wrote at the start of a check run's text, or undefined when absent,
 * unreadable, or not sealed by this app for this repository (another app's run, a forged text).
 */
export function decodeKnown(text: string | null | undefined, repo: RepoRef): KnownFindings | undefined {
  const payload = openRecord("known", scopeOf(repo), text);
  if (!payload) return undefined;
  try {
    const value = JSON.parse(gunzipSync(Buffer.from(payload, "base64")).toString("utf8")) as KnownFindings;
    return Array.isArray(value.findings) && typeof value.headSha === "string" ? value : undefined;
  } catch {
    return undefined; // a damaged record only costs a full review
  }
}

function scopeOf(repo: RepoRef): string {
  return `${repo.owner}/${repo.repo}`;
}
