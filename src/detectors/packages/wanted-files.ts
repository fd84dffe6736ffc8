import { posix } from "node:path";

/** Root files that declare workspace members. */
export const WORKSPACE_ROOT_FILES = ["package.json", "pnpm-workspace.yaml", "lerna.json", "Cargo.toml", "go.work"];
/** Per-package manifests whose dependencies make the graph. */
export const MANIFEST_NAMES = new Set(["package.json", "Cargo.toml", "go.mod"]);
/** Trees that hold other people's packages, never workspace members. */
const SKIPPED_DIRS = new Set(["node_modules", ".git", "vendor", "third_party", "target"]);
/** Manifest fetches are capped so a monorepo of test fixtures cannot make the source fetch thousands of files. */
export const MAX_MANIFESTS = 400;

/**
 * The files a source must fetch (base versions) for package discovery: the workspace root files
 * and every package manifest, shallowest first, capped at {@link MAX_MANIFESTS}. Pure, so the app
 * and the CLI fetch exactly the same set.
 */
export function workspaceFilesWanted(paths: string[]): string[] {
  const present = new Set(paths);
  const roots = WORKSPACE_ROOT_FILES.filter((f) => present.has(f));
  const manifests = paths
    .filter(
      (p) =>
        p.includes("/") && MANIFEST_NAMES.has(posix.basename(p)) && !p.split("/").some((seg) => SKIPPED_DIRS.has(seg)),
    )
    .sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, MAX_MANIFESTS);
  if (present.has("go.mod")) roots.push("go.mod");
  return [...roots, ...manifests];
}

function depth(path: string): number {
  return path.split("/").length;
}
