import type { BlobNode } from "./blob-node.js";
import { blobResult } from "./blob-node.js";
import type { BlobRequest, BlobResult, ContentFetcher } from "./content-fetcher.js";

/** `<ref>:<path>`, the key of a prefetched file version. */
export const blobKey = (req: BlobRequest) => `${req.ref}:${req.path}`;

/**
 * Serves file versions the review query already read; the others (a config that wants more files
 * than predicted, a patch that did not apply backwards) go to `misses` in one batch, and so do
 * versions GraphQL truncated (`rest`, which reads raw files of any size).
 */
export function prefetchedFetcher(
  prefetched: ReadonlyMap<string, BlobNode | null>,
  misses: ContentFetcher,
  rest: ContentFetcher,
): ContentFetcher {
  return {
    async fetch(requests, opts) {
      const out: BlobResult[] = new Array(requests.length);
      const viaMisses: number[] = [];
      const viaRest: number[] = [];
      requests.forEach((req, i) => {
        const key = blobKey(req);
        if (!prefetched.has(key)) return void viaMisses.push(i);
        const result = blobResult(prefetched.get(key), opts.maxBytes);
        if (result === "rest") viaRest.push(i);
        else out[i] = result;
      });
      for (const [indexes, fetcher] of [
        [viaMisses, misses],
        [viaRest, rest],
      ] as const) {
        if (indexes.length === 0) continue;
        const read = await fetcher.fetch(
          indexes.map((i) => requests[i]!),
          opts,
        );
        indexes.forEach((index, k) => (out[index] = read[k]!));
      }
      return out;
    },
  };
}
