import type { Octokit } from "../octokit.js";

const PATH = ".github/impactgate.yml";

/**
 * The raw text of `.github/impactgate.yml` at `ref` (default branch when absent), or null when
 * there is none. Read so config errors can name their line; the config itself still comes from
 * `context.config()` on the default branch.
 */
export async function readConfigText(
  octokit: Octokit,
  where: { owner: string; repo: string; ref?: string },
): Promise<string | null> {
  try {
    const { data } = await octokit.rest.repos.getContent({
      owner: where.owner,
      repo: where.repo,
      path: PATH,
      ...(where.ref ? { ref: where.ref } : {}),
      mediaType: { format: "raw" },
    });
    return typeof data === "string" ? data : null;
  } catch (err) {
    if ((err as { status?: number }).status === 404) return null;
    throw err;
  }
}

export const CONFIG_PATH = PATH;
