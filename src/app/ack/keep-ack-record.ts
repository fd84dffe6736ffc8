import { decodeAcks, withAckRecord } from "./ack-record.js";

/** A re-rendered sticky comment keeps the ack record of the body it replaces. */
export function keepAckRecord(previousBody: string | undefined, body: string): string {
  const acks = decodeAcks(previousBody);
  return acks.length === 0 ? body : withAckRecord(body, acks);
}
