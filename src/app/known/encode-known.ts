import { gzipSync } from "node:zlib";
import type { KnownFindings } from "./known-findings.js";

/** Prefix of the hidden record in the check run's `output.text`. */
export const KNOWN_MARKER = "<!-- impactgate:known v1 ";

/**
 * The known findings as a hidden HTML comment (gzip + base64: no `--` can end it early), so any
 * replica can read them back from the check run with one `checks.listForRef`.
 */
export function encodeKnown(known: KnownFindings): string {
  const data = gzipSync(JSON.stringify(known)).toString("base64");
  return `${KNOWN_MARKER}${data} -->`;
}
