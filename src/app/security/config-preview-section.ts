import { configPreview } from "../../config/config-preview.js";
import { readConfigText, CONFIG_PATH } from "./config-text.js";
import type { Config } from "../../config/types.js";
import type { ChangeSet, ReportSection } from "../../engine/types.js";
import type { Octokit } from "../octokit.js";

interface Options {
  octokit: Octokit;
  changeSet: ChangeSet;
  /** The config in force: the default branch's, which still governs this pull request. */
  config: Config;
  docsUrl?: string;
}

/**
 * When the pull request edits `.github/impactgate.yml`: the proposed file validated and what
 * it would change, as a summary section. It never feeds the gate — a PR cannot loosen its own
 * check. Kept in the review's sections so an `edited` re-evaluation still shows it.
 */
export async function configPreviewSections({ octokit, changeSet, config, docsUrl }: Options): Promise<ReportSection[]> {
  const pair = changeSet.files.find((f) => f.path === CONFIG_PATH || f.previousPath === CONFIG_PATH);
  if (!pair) return [];
  const removed = pair.status === "removed" || pair.path !== CONFIG_PATH;
  const proposedText = removed ? null : await readConfigText(octokit, { owner: changeSet.repo.owner, repo: changeSet.repo.name, ref: changeSet.head.sha });
  const preview = configPreview({ current: config, proposedText, docsUrl: docsUrl ? `${docsUrl}/config.md` : undefined });
  return [{ title: preview.title, markdown: preview.markdown }];
}
