import { join } from "node:path";
import { pathToFileURL } from "node:url";

const load = (repo, ...parts) => import(pathToFileURL(join(repo, "lib", ...parts)).href);

/**
 * `impactgate check --base <parent> --head <commit>` in process, from the build in lib/: the CLI's
 * own `reviewGitRange` (the same change set, repository context and `review()`, and — as the
 * default configuration does — the check of interface errors against the last release tag,
 * `compare.unreleased`), only with the engine run in this process instead of an analysis process.
 * The description is empty — a new user's pull request states nothing — so a commit is blocked
 * exactly when it has an error finding.
 */
export async function loadCommitReviewer(repo, { configFile } = {}) {
  const { reviewGitRange } = await load(repo, "cli", "check-range.js");
  const { inlineAnalyze } = await load(repo, "isolation", "analysis-pool.js");
  const { needsContents } = await load(repo, "engine", "applicable.js");
  const { detectors } = await load(repo, "engine", "registry.js");
  const { loadCliConfig } = await load(repo, "cli", "load-config.js");
  const { loadConfigText } = await load(repo, "config", "load.js");
  const { defaultConfig } = await load(repo, "config", "defaults.js");
  const config = configFile ? await loadCliConfig(configFile, ".") : defaultConfig();
  // Interface files: what a file-level detector reads (the registry's entries with `appliesTo`;
  // the registry is a manifest of unloaded detectors), build manifests aside (they are the library's
  // metadata, not its interface; the manifest rules still run on every reviewed commit).
  const interfaceDetectors = detectors.filter((d) => d.appliesTo && d.id !== "manifest");

  return {
    config,
    detectorIds: detectors.map((d) => d.id),
    isInterfaceFile: (path) => needsContents(path, config, interfaceDetectors),
    isReviewedFile: (path) => needsContents(path, config, detectors),
    /**
     * The configuration a repository of repos.json is reviewed with: its `config` (the text of a
     * `.github/impactgate.yml`, validated as the CLI validates one) when it has one, else the run's.
     */
    configFor(entry) {
      if (!entry.config) return config;
      const result = loadConfigText(entry.config, { canExtend: false });
      if (!result.ok)
        throw new Error(`${entry.name}: invalid config: ${result.errors.map((e) => e.message).join("; ")}`);
      return result.config;
    },
    async reviewCommit(dir, { parent, sha }, repoConfig = config) {
      const started = performance.now();
      const result = await reviewGitRange({
        repo: dir,
        base: { sha: parent, ref: "HEAD" },
        head: sha,
        body: "",
        config: repoConfig,
        analyze: inlineAnalyze,
      });
      return { result, ms: Math.round(performance.now() - started) };
    },
  };
}
