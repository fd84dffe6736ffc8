import { packageOfPath } from "./package-of-path.js";
import type { FilePair } from "../../engine/types.js";
import type { WorkspacePackage } from "./types.js";

/** A package the PR changes, with its changed files (in path order). */
export interface TouchedPackage {
  pkg: WorkspacePackage;
  files: FilePair[];
}

/** Groups the changed files by workspace package (a rename counts for both its old and new package). */
export function touchedPackages(files: FilePair[], packages: WorkspacePackage[]): TouchedPackage[] {
  const byName = new Map<string, TouchedPackage>();
  for (const pair of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    for (const path of new Set([pair.path, pair.previousPath ?? pair.path])) {
      const pkg = packageOfPath(path, packages);
      if (!pkg) continue;
      const entry = byName.get(pkg.name) ?? { pkg, files: [] };
      if (!entry.files.includes(pair)) entry.files.push(pair);
      byName.set(pkg.name, entry);
    }
  }
  return [...byName.values()].sort((a, b) => (a.pkg.name < b.pkg.name ? -1 : a.pkg.name > b.pkg.name ? 1 : 0));
}
