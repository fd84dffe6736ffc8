/**
 * How file versions are read: a ContentFetcher answers path@ref requests in order. GraphQL reads
 * up to 50 a request; blobs it truncates, and servers without GraphQL, go to REST (raw, up to
 * 100 MB); versions the review query already read are served from it.
 */
import type { Octokit } from "../octokit.js";

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

/** Reads in flight at once: enough to hide latency, few enough to stay polite. */
const CONCURRENCY = 8;

/** Reads each file with `repos.getContent` (raw media type: no base64, files up to 100 MB). */
export function restContentFetcher(octokit: Octokit, repo: { owner: string; repo: string }): ContentFetcher {
  return {
    async fetch(requests, { maxBytes }) {
      const out: BlobResult[] = new Array(requests.length);
      let next = 0;
      const worker = async () => {
        while (next < requests.length) {
          const i = next++;
          out[i] = await readOne(octokit, repo, requests[i]!, maxBytes);
        }
      };
      await Promise.all(Array.from({ length: Math.min(CONCURRENCY, requests.length) }, worker));
      return out;
    },
  };
}

async function readOne(
  octokit: Octokit,
  repo: { owner: string; repo: string },
  req: BlobRequest,
  maxBytes: number,
): Promise<BlobResult> {
  try {
    const { data } = await octokit.rest.repos.getContent({
      owner: repo.owner,
      repo: repo.repo,
      path: req.path,
      ref: req.ref,
      mediaType: { format: "raw" },
    });
    const text = rawText(data);
    if (text === null) return { text: null, skipped: "not a file (directory or submodule)" };
    if (Buffer.byteLength(text) > maxBytes)
      return { text: null, skipped: `larger than limits.bytes-per-file (${maxBytes} bytes)` };
    if (text.includes("\u0000")) return { text: null, skipped: "binary file" };
    return { text };
  } catch (err) {
    if ((err as { status?: number }).status === 404) return { text: null, skipped: "not found at that commit" };
    throw err;
  }
}

/** The raw media type comes back as text or bytes depending on the content type the server sends. */
function rawText(data: unknown): string | null {
  if (typeof data === "string") return data;
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString("utf8");
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("utf8");
  const file = data as { type?: string; encoding?: string; content?: string } | null;
  if (file && file.type === "file" && file.encoding === "base64" && typeof file.content === "string")
    return Buffer.from(file.content, "base64").toString("utf8");
  return null;
}

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
