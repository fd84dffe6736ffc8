import { posix } from "node:path";

const BUILD_FILES = ["CMakeLists.txt", "meson.build"];

export function isBuildFile(path: string): boolean {
  return BUILD_FILES.includes(posix.basename(path));
}

/** The files the manifest detector reads one by one: package.json and build files. A path test only. */
export function isManifestPath(path: string): boolean {
  return posix.basename(path) === "package.json" || isBuildFile(path);
}
/** One changed file needs at most its nearest package.json and nearest build files; this caps the fetch. */
export const MAX_MANIFEST_FILES = 200;
/**
 * Declaration files read below one changed package.json, the shallowest first (the entry points),
 * and in all (a release PR bumping every package of a monorepo).
 */
export const MAX_DECLARATION_FILES = { perPackage: 32, total: 128 };

/**
 * The base-tree files the manifest detector's ChangeSet rules need but a PR may not change: for
 * each changed path, the nearest `package.json` above it (its version decides
 * breaking-without-major-bump) and the nearest directory's CMakeLists.txt / meson.build (their
 * SOVERSION decides c-abi-break-without-soversion-bump); and for a changed `package.json`, the
 * declaration files below it (dependency-removed-from-public-types: does the package's API still
 * import a dependency the change dropped? A PR moving `undici` to devDependencies changes the
 * package.json alone). Pure, so the app and the CLI can add these to the workspace files they fetch.
 */
export function manifestFilesWanted(paths: string[], changed: string[]): string[] {
  const present = new Set(paths);
  const wanted = new Set<string>();
  for (const path of changed) {
    let dir = posix.dirname(path);
    let needPackage = true;
    let needBuild = true;
    for (;;) {
      const at = (name: string) => (dir === "." ? name : `${dir}/${name}`);
      if (needPackage && present.has(at("package.json"))) {
        wanted.add(at("package.json"));
        needPackage = false;
      }
      const builds = BUILD_FILES.map(at).filter((p) => present.has(p));
      if (needBuild && builds.length) {
        builds.forEach((p) => wanted.add(p));
        needBuild = false;
      }
      if ((!needPackage && !needBuild) || dir === ".") break;
      dir = posix.dirname(dir);
    }
    if (wanted.size >= MAX_MANIFEST_FILES) break;
  }
  return [...[...wanted].sort().slice(0, MAX_MANIFEST_FILES), ...declarationsWanted(paths, changed)];
}

/** The `.d.ts`/`.d.mts`/`.d.cts` files below each changed package.json (as the rule reads them: node_modules aside). */
function declarationsWanted(paths: string[], changed: string[]): string[] {
  const out = new Set<string>();
  const changedSet = new Set(changed);
  for (const manifest of changed.filter((p) => posix.basename(p) === "package.json")) {
    const dir = posix.dirname(manifest);
    const prefix = dir === "." ? "" : `${dir}/`;
    const below = paths.filter(
      (p) => p.startsWith(prefix) && /\.d\.[cm]?ts$/.test(p) && !p.includes("node_modules/") && !changedSet.has(p),
    );
    const depth = (p: string) => p.split("/").length;
    below.sort((a, b) => depth(a) - depth(b) || a.localeCompare(b));
    for (const p of below.slice(0, MAX_DECLARATION_FILES.perPackage)) out.add(p);
    if (out.size >= MAX_DECLARATION_FILES.total) break;
  }
  return [...out].slice(0, MAX_DECLARATION_FILES.total);
}
