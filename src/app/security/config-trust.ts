/**
 * Config trust: the config that governs a pull request is the default branch's (its raw text read so
 * errors can name a line; an `_extends` to nothing is an error, not a silent loosening). A pull request
 * that edits the config file only gets its proposal validated and previewed, never applied.
 */
import { configPreview } from "../../config/config-preview.js";
import type { API as ConfigApi } from "@probot/octokit-plugin-config";
import type { Octokit } from "../octokit.js";
import type { ContentFetcher } from "../github-source/contents.js";
import type { Config } from "../../config/types.js";
import type { ChangeSet, ReportSection } from "../../engine/types.js";

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

interface Options {
  /** The review's reader: the proposed file rides along in its one GraphQL request. */
  fetcher: ContentFetcher;
  changeSet: ChangeSet;
  /** The config in force: the default branch's, which still governs this pull request. */
  config: Config;
  docsUrl?: string;
  /** The config file when not `.github/impactgate.yml` (the Action's `config` input). */
  configPath?: string;
}

/**
 * When the pull request edits the config file (`.github/impactgate.yml`, or the Action's `config`): the proposed file validated and what
 * it would change, as a summary section. It never feeds the gate — a PR cannot loosen its own
 * check. Kept in the review's sections so an `edited` re-evaluation still shows it.
 */
export async function configPreviewSections({
  fetcher,
  changeSet,
  config,
  docsUrl,
  configPath = CONFIG_PATH,
}: Options): Promise<ReportSection[]> {
  const pair = changeSet.files.find((f) => f.path === configPath || f.previousPath === configPath);
  if (!pair) return [];
  const removed = pair.status === "removed" || pair.path !== configPath;
  // read whatever its size: a file over limits.bytes-per-file is still a config to preview
  const proposedText = removed
    ? null
    : (await fetcher.fetch([{ path: configPath, ref: changeSet.head.sha }], { maxBytes: Number.MAX_SAFE_INTEGER }))[0]!
        .text;
  const preview = configPreview({
    current: config,
    proposedText,
    docsUrl: docsUrl ? `${docsUrl}/config.md` : undefined,
  });
  return [{ title: preview.title, markdown: preview.markdown }];
}
