import type { BlobResult } from "./content-fetcher.js";

/** A file version as `repository.object(expression:)` answers it. */
export interface BlobNode {
  __typename: string;
  text?: string | null;
  isBinary?: boolean | null;
  isTruncated?: boolean;
  byteSize?: number;
}

/** The fields asked of each file version. */
export const blobFields = "__typename ... on Blob { text isBinary isTruncated byteSize }";

/** A file version's text, the reason it has none, or "rest" when GraphQL truncated it (read it over REST). */
export function blobResult(node: BlobNode | null | undefined, maxBytes: number): BlobResult | "rest" {
  if (!node) return { text: null, skipped: "not found at that commit" };
  if (node.__typename !== "Blob") return { text: null, skipped: "not a file (directory or submodule)" };
  if (node.isBinary) return { text: null, skipped: "binary file" };
  if ((node.byteSize ?? 0) > maxBytes) return { text: null, skipped: `larger than limits.bytes-per-file (${maxBytes} bytes)` };
  if (node.isTruncated || typeof node.text !== "string") return "rest";
  return { text: node.text };
}
