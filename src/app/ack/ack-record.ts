import { CATEGORIES } from "../../engine/types.js";
import type { Acknowledgement } from "../../engine/types.js";

/** Prefix of the hidden acknowledgement record inside the bot's own sticky comment. */
export const ACK_MARKER = "<!-- impactgate:acks v1 ";

/** Old acks are kept for the summary's history, but a comment is not a database. */
const MAX_ACKS = 20;

/**
 * The acknowledgements as a hidden HTML comment (base64 JSON: no `--` can end it early). Stored in
 * the bot's comment so every replica reads the same facts, and they survive restarts and rebases.
 */
export function encodeAcks(acks: readonly Acknowledgement[]): string {
  const data = Buffer.from(JSON.stringify(acks.slice(-MAX_ACKS)), "utf8").toString("base64");
  return `${ACK_MARKER}${data} -->`;
}

/** The acks recorded in a comment body; a missing or damaged record is no acks, never an error. */
export function decodeAcks(body: string | null | undefined): Acknowledgement[] {
  if (!body) return [];
  const start = body.lastIndexOf(ACK_MARKER);
  if (start < 0) return [];
  const end = body.indexOf(" -->", start);
  if (end < 0) return [];
  try {
    const value: unknown = JSON.parse(
      Buffer.from(body.slice(start + ACK_MARKER.length, end), "base64").toString("utf8"),
    );
    return Array.isArray(value) ? value.filter(isAck) : [];
  } catch {
    return [];
  }
}

/** The body with its record replaced by `acks` (or dropped when there are none). */
export function withAckRecord(body: string, acks: readonly Acknowledgement[]): string {
  const plain = stripAckRecord(body);
  return acks.length === 0 ? plain : `${plain}\n\n${encodeAcks(acks)}`;
}

function stripAckRecord(body: string): string {
  const start = body.lastIndexOf(ACK_MARKER);
  if (start < 0) return body;
  const end = body.indexOf(" -->", start);
  return (body.slice(0, start) + (end < 0 ? "" : body.slice(end + 4))).trimEnd();
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
