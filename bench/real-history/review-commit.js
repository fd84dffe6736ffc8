import { join } from "node:path";
import { pathToFileURL } from "node:url";

const load = (repo, ...parts) => import(pathToFileURL(join(repo, "lib", ...parts)).href);

/**
 * The CLI's `impactgate check --base <parent> --head <commit>` in process, from the build in lib/:
 * the same change set (`git diff` + `git show`), the same repository context (the base tree's
 * workspace and manifests) and the same `review()`, so the findings are exactly the CLI's. The
 * description is empty — a new user's pull request states nothing — so a commit is blocked
 * exactly when it has an error finding.
 */
export async function loadCommitReviewer(repo, { configFile } = {}) {
  const { review } = await load(repo, "engine", "review.js");
  const { needsContents } = await load(repo, "engine", "applicable.js");
  const { detectors } = await load(repo, "engine", "registry.js");
  const { buildLocalChangeSet } = await load(repo, "cli", "local-source.js");
  const { withLocalContext } = await load(repo, "cli", "repository-context.js");
  const { loadCliConfig } = await load(repo, "cli", "load-config.js");
  const { defaultConfig } = await load(repo, "config", "defaults.js");
  const config = configFile ? loadCliConfig(configFile, ".") : defaultConfig();
  // Interface files: what a file-level detector reads (the registry's entries with `appliesTo`;
  // the registry is a manifest of unloaded detectors), build manifests aside (they are the library's
  // metadata, not its interface; the manifest rules still run on every reviewed commit).
  const interfaceDetectors = detectors.filter((d) => d.appliesTo && d.id !== "manifest");

  return {
    config,
    detectorIds: detectors.map((d) => d.id),
    isInterfaceFile: (path) => needsContents(path, config, interfaceDetectors),
    isReviewedFile: (path) => needsContents(path, config, detectors),
    async reviewCommit(dir, { parent, sha }) {
      const started = performance.now();
      const changeSet = buildLocalChangeSet({ repo: dir, base: parent, head: sha, body: "", config });
      const withContext = await withLocalContext({ repoDir: dir, base: parent, head: sha, config, changeSet });
      const result = await review(withContext, config);
      return { result, ms: Math.round(performance.now() - started) };
    },
  };
}
