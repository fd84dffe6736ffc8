/** One file version to read: a path at a commit. */
export interface BlobRequest {
  path: string;
  ref: string;
}

/** The text of a file version, or null with the reason it was not read. */
export type BlobResult = { text: string } | { text: null; skipped?: string };

/**
 * How file contents are read. The REST fetcher reads one file per request; a batched GraphQL
 * fetcher (issue 7) can replace it without touching the change-set builder.
 */
export interface ContentFetcher {
  /** Results in the order of `requests`. */
  fetch(requests: BlobRequest[], opts: { maxBytes: number }): Promise<BlobResult[]>;
}
