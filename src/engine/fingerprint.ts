import { createHash } from "node:crypto";
import type { Finding } from "./types.js";

/**
 * What an acknowledgement is tied to: rule id + symbol (or path when there is no symbol), never a
 * line number, so an ack survives rebases and unrelated pushes.
 */
export function fingerprint(finding: Finding): string {
  const key = `${finding.ruleId}\u0000${finding.symbol ?? finding.path}`;
  return createHash("sha256").update(key).digest("hex").slice(0, 16);
}
