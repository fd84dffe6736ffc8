import { configPreview } from "../../config/config-preview.js";
import { CONFIG_PATH } from "./config-text.js";
import type { ContentFetcher } from "../github-source/content-fetcher.js";
import type { Config } from "../../config/types.js";
import type { ChangeSet, ReportSection } from "../../engine/types.js";

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
