import type { Octokit } from "../octokit.js";
import type { BlobRequest, BlobResult, ContentFetcher } from "./content-fetcher.js";
import { restContentFetcher } from "./rest-content-fetcher.js";
import { blobAliases, blobResult, type BlobNode } from "./blob-node.js";

/** GitHub answers up to this many blobs in one query comfortably (and the budget assumes it). */
export const BLOBS_PER_QUERY = 50;

type RepositoryData = { repository: Record<string, BlobNode | null> | null };

/**
 * Reads file versions with `repository.object(expression: "<sha>:<path>")`, up to 50 aliases a
 * request: 100 before/after versions cost 2 requests instead of 100. Blobs GraphQL truncates are
 * read over REST (raw, up to 100 MB). A server without GraphQL (404/501) falls back to REST for good.
 */
export function graphqlContentFetcher(
  octokit: Octokit,
  repo: { owner: string; repo: string },
  fallback: ContentFetcher = restContentFetcher(octokit, repo),
): ContentFetcher {
  let graphqlMissing = false;
  return {
    async fetch(requests, { maxBytes }) {
      const out: BlobResult[] = new Array(requests.length);
      const viaRest: number[] = [];
      for (let start = 0; start < requests.length; start += BLOBS_PER_QUERY) {
        const chunk = requests.slice(start, start + BLOBS_PER_QUERY);
        const nodes = graphqlMissing
          ? undefined
          : await queryBlobs(octokit, repo, chunk).catch((err: { status?: number }) => {
              if (err.status !== 404 && err.status !== 501) throw err;
              graphqlMissing = true;
              return undefined;
            });
        chunk.forEach((_, i) => {
          const result = nodes ? blobResult(nodes[`f${i}`] ?? null, maxBytes) : "rest";
          if (result === "rest") viaRest.push(start + i);
          else out[start + i] = result;
        });
      }
      if (viaRest.length) {
        const read = await fallback.fetch(
          viaRest.map((i) => requests[i]!),
          { maxBytes },
        );
        viaRest.forEach((index, k) => (out[index] = read[k]!));
      }
      return out;
    },
  };
}

async function queryBlobs(
  octokit: Octokit,
  repo: { owner: string; repo: string },
  chunk: BlobRequest[],
): Promise<Record<string, BlobNode | null>> {
  const { declarations, fields, variables } = blobAliases(chunk);
  const query = `query ($owner: String!, $name: String!${declarations}) {\n  repository(owner: $owner, name: $name) {${fields}\n  }\n}`;
  const data = await octokit.graphql<RepositoryData>(query, { owner: repo.owner, name: repo.repo, ...variables });
  return data.repository ?? {};
}
