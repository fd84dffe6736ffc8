import { gunzipSync } from "node:zlib";
import { KNOWN_MARKER } from "./encode-known.js";
import type { KnownFindings } from "./known-findings.js";

/** The record encodeKnown wrote into a check run's text, or undefined when absent or unreadable. */
export function decodeKnown(text: string | null | undefined): KnownFindings | undefined {
  if (!text) return undefined;
  const start = text.lastIndexOf(KNOWN_MARKER);
  if (start < 0) return undefined;
  const end = text.indexOf(" -->", start);
  if (end < 0) return undefined;
  try {
    const json = gunzipSync(Buffer.from(text.slice(start + KNOWN_MARKER.length, end), "base64")).toString("utf8");
    const value = JSON.parse(json) as KnownFindings;
    return Array.isArray(value.findings) && typeof value.headSha === "string" ? value : undefined;
  } catch {
    return undefined; // a damaged record only costs a full review
  }
}
