import type { Octokit } from "../octokit.js";
import type { BlobRequest, BlobResult, ContentFetcher } from "./content-fetcher.js";

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
