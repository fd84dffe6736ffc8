import { CATEGORIES } from "../../engine/types.js";
import type { Acknowledgement } from "../../engine/types.js";
import { COMMENT_MARKER } from "../../render/comment.js";
import { truncateMarkdown } from "../../render/blocks.js";
import { openRecord, recordPrefix, sealRecord } from "../security/signed-record.js";

/** How the acknowledgement record begins; it is the sticky comment's second line, or absent. */
export const ACK_MARKER = recordPrefix("acks");

/** The pull request a record belongs to: a record copied from another PR does not verify. */
export interface PullRef {
  owner: string;
  repo: string;
  number: number;
}

/** Old acks are kept for the summary's history, but a comment is not a database. */
const MAX_ACKS = 20;
/** The record gives up its oldest acks past this, so the rendered comment keeps most of its room. */
const MAX_RECORD_CHARS = 40_000;
/** GitHub's limit for an issue comment body. */
const COMMENT_LIMIT = 65_536;

/**
 * The acknowledgements as a sealed record (base64 JSON + HMAC, see security/signed-record.ts),
 * bound to the pull request. Stored in the bot's comment so every replica reads the same facts,
 * and they survive restarts and rebases. `coversNew` is never stored: only a label present now
 * covers findings it did not see, and the label is read live.
 */
export function encodeAcks(acks: readonly Acknowledgement[], pr: PullRef): string {
  let kept = acks.slice(-MAX_ACKS).map(stored);
  for (;;) {
    const record = sealRecord("acks", scopeOf(pr), Buffer.from(JSON.stringify(kept), "utf8").toString("base64"));
    if (record.length <= MAX_RECORD_CHARS || kept.length <= 1) return record;
    kept = kept.slice(1);
  }
}

/**
 * The acks recorded in a sticky comment body: only a record in the fixed place (the line right
 * after our marker, above anything rendered from the pull request) that verifies for this pull
 * request. Missing, damaged, forged, another PR's or an old unsealed (v1) record: no acks, never
 * an error.
 */
export function decodeAcks(body: string | null | undefined, pr: PullRef): Acknowledgement[] {
  const rest = afterMarkerLine(body);
  const payload = rest === undefined ? undefined : openRecord("acks", scopeOf(pr), rest);
  if (!payload) return [];
  try {
    const value: unknown = JSON.parse(Buffer.from(payload, "base64").toString("utf8"));
    return Array.isArray(value) ? value.filter(isAck).map(stored) : [];
  } catch {
    return [];
  }
}

/**
 * The body with its record replaced by `acks` (or dropped when there are none): our marker, the
 * record, then the rendered comment (cut to fit GitHub's limit with the record).
 */
export function withAckRecord(body: string, acks: readonly Acknowledgement[], pr: PullRef): string {
  const head = acks.length === 0 ? `${COMMENT_MARKER}\n` : `${COMMENT_MARKER}\n${encodeAcks(acks, pr)}\n`;
  return head + truncateMarkdown(renderedPart(body), COMMENT_LIMIT - head.length);
}

/** A re-rendered sticky comment keeps the (verified) ack record of the body it replaces. */
export function keepAckRecord(previousBody: string | undefined, body: string, pr: PullRef): string {
  const acks = decodeAcks(previousBody, pr);
  return acks.length === 0 ? body : withAckRecord(body, acks, pr);
}

function scopeOf(pr: PullRef): string {
  return `${pr.owner}/${pr.repo}#${pr.number}`;
}

/** The text after the marker line, when the body starts with our marker; else undefined. */
function afterMarkerLine(body: string | null | undefined): string | undefined {
  if (!body?.startsWith(COMMENT_MARKER)) return undefined;
  const rest = body.slice(COMMENT_MARKER.length);
  return rest.startsWith("\r\n") ? rest.slice(2) : rest.startsWith("\n") ? rest.slice(1) : undefined;
}

/** The body without our marker line and without a record line under it. */
function renderedPart(body: string): string {
  const rest = afterMarkerLine(body) ?? body;
  if (!rest.startsWith(ACK_MARKER)) return rest;
  const end = rest.indexOf("\n");
  return end < 0 ? "" : rest.slice(end + 1);
}

function stored(a: Acknowledgement): Acknowledgement {
  return { category: a.category, by: a.by, at: a.at, reason: a.reason, fingerprints: [...a.fingerprints] };
}

function isAck(value: unknown): value is Acknowledgement {
  const a = value as Partial<Acknowledgement> | null;
  return (
    typeof a === "object" &&
    a !== null &&
    (a.category === "all" || CATEGORIES.includes(a.category as never)) &&
    typeof a.by === "string" &&
    typeof a.at === "string" &&
    typeof a.reason === "string" &&
    Array.isArray(a.fingerprints) &&
    a.fingerprints.every((f) => typeof f === "string")
  );
}
