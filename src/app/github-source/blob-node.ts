import type { BlobRequest, BlobResult } from "./content-fetcher.js";

/** A file version as `repository.object(expression:)` answers it. */
export interface BlobNode {
  __typename: string;
  text?: string | null;
  isBinary?: boolean | null;
  isTruncated?: boolean;
  byteSize?: number;
}

/** The fields asked of each file version. */
const blobFields = "__typename ... on Blob { text isBinary isTruncated byteSize }";

/**
 * The aliases `f0…fN: object(expression: $e0…)` for file versions, their variable declarations
 * and values. Expressions go in variables, never into the query text: paths can hold any character.
 */
export function blobAliases(reqs: readonly BlobRequest[]): {
  declarations: string;
  fields: string;
  variables: Record<string, string>;
} {
  const variables: Record<string, string> = {};
  reqs.forEach((r, i) => (variables[`e${i}`] = `${r.ref}:${r.path}`));
  return {
    declarations: reqs.map((_, i) => `, $e${i}: String!`).join(""),
    fields: reqs.map((_, i) => `\n    f${i}: object(expression: $e${i}) { ${blobFields} }`).join(""),
    variables,
  };
}

/** A file version's text, the reason it has none, or "rest" when GraphQL truncated it (read it over REST). */
export function blobResult(node: BlobNode | null | undefined, maxBytes: number): BlobResult | "rest" {
  if (!node) return { text: null, skipped: "not found at that commit" };
  if (node.__typename !== "Blob") return { text: null, skipped: "not a file (directory or submodule)" };
  if (node.isBinary) return { text: null, skipped: "binary file" };
  if ((node.byteSize ?? 0) > maxBytes)
    return { text: null, skipped: `larger than limits.bytes-per-file (${maxBytes} bytes)` };
  if (node.isTruncated || typeof node.text !== "string") return "rest";
  return { text: node.text };
}
