import type { API as ConfigApi } from "@probot/octokit-plugin-config";
import type { Octokit } from "../octokit.js";

const PATH = ".github/impactgate.yml";

/**
 * The raw text of the config file (`path`, by default `.github/impactgate.yml`) at `ref` (default
 * branch when absent), or null when there is none. Read so config errors can name their line; the
 * config itself still comes from `context.config()` on the default branch.
 */
export async function readConfigText(
  octokit: Octokit,
  where: { owner: string; repo: string; ref?: string; path?: string },
): Promise<string | null> {
  try {
    const { data } = await octokit.rest.repos.getContent({
      owner: where.owner,
      repo: where.repo,
      path: where.path ?? PATH,
      ...(where.ref ? { ref: where.ref } : {}),
      mediaType: { format: "raw" },
    });
    return typeof data === "string" ? data : null;
  } catch (err) {
    if ((err as { status?: number }).status === 404) return null;
    throw err;
  }
}

/** Where the config lives unless the Action's `config` input says otherwise. */
export const CONFIG_PATH = PATH;

/**
 * What `context.config()` does — the default branch's file, else the organisation's
 * (`<owner>/.github`), `_extends` resolved by Probot's config plugin — except that an `_extends`
 * whose target does not exist is a configuration error. Probot drops such a target silently, so
 * the organisation's settings would vanish and the gate would run looser than configured.
 * Returns null when there is no config at all. `path`: the Action's `config` input (the
 * organisation's fallback is then read at that path too, as Probot does).
 */
export async function readConfigChain(
  octokit: Pick<ConfigApi, "config">,
  where: { owner: string; repo: string; path?: string },
): Promise<unknown> {
  const { config, files } = await octokit.config.get({
    owner: where.owner,
    repo: where.repo,
    path: where.path ?? PATH,
  });
  // files: the repository's own file, then (when it has none) the organisation's, then each
  // `_extends` target in turn. An absent own or organisation file is normal; an absent target is not.
  const extendedFrom = files[0]?.config !== null || where.repo === ".github" ? 1 : 2;
  const missing = files.slice(extendedFrom).find((f) => f.config === null);
  if (missing)
    throw new Error(
      `\`_extends\` names ${missing.owner}/${missing.repo}:${missing.path}, which does not exist; fix or remove \`_extends\` so the gate does not silently run without those settings`,
    );
  return files.some((f) => f.config !== null) ? config : null;
}
