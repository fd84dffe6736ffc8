import type { Octokit } from "../octokit.js";
import type { UpstreamRepo } from "./resolve-upstream.js";

/**
 * One upstream file at the upstream branch: its text, null when upstream has no such file, or
 * undefined when it cannot be compared (directory, binary, over the size limit).
 */
export async function readUpstreamFile(
  octokit: Octokit,
  upstream: UpstreamRepo,
  path: string,
  maxBytes: number,
): Promise<string | null | undefined> {
  try {
    const { data } = await octokit.rest.repos.getContent({
      owner: upstream.owner,
      repo: upstream.repo,
      path,
      ref: upstream.branch,
      mediaType: { format: "raw" },
    });
    const text =
      typeof data === "string" ? data : data instanceof ArrayBuffer ? Buffer.from(data).toString("utf8") : undefined;
    if (text === undefined || Buffer.byteLength(text) > maxBytes || text.includes("\u0000")) return undefined;
    return text;
  } catch (err) {
    if ((err as { status?: number }).status === 404) return null;
    throw err;
  }
}
