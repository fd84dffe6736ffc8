import { posix } from "node:path";

/** At most this many unchanged files are read for the packages a change touches. */
export const MAX_TS_FILES = 400;

const TYPESCRIPT = /\.(d\.)?[cm]?tsx?$/;
const TSCONFIG = /^tsconfig(\.[\w-]+)?\.json$/;
const NOT_API = new Set(["node_modules", "test", "tests", "__tests__", "__mocks__", "spec", "e2e", "fixtures"]);
const TEST_FILE = /\.(test|spec|test-d|bench)\.[cm]?tsx?$/;

/**
 * The base-tree files the TypeScript detector needs beyond the changed ones: for each changed
 * TypeScript file, every TypeScript file of its package (the folder of the nearest package.json,
 * nested packages, node_modules and test folders left out) — the entry points and what they
 * import — plus the tsconfig files from that folder up to the root. A file outside any package
 * brings its own folder. Declaration files come first when the cap cuts the list. Pure, so the app
 * and the CLI add these to the workspace files they read.
 */
export function tsFilesWanted(paths: readonly string[], changed: readonly string[]): string[] {
  const packages = new Set(paths.filter((p) => posix.basename(p) === "package.json").map(dirOf));
  const packageOf = (path: string): string | undefined => {
    for (let dir = dirOf(path); ; dir = dirOf(dir)) {
      if (packages.has(dir)) return dir;
      if (dir === "") return undefined;
    }
  };
  const roots = new Set<string>();
  for (const path of changed) if (TYPESCRIPT.test(path)) roots.add(packageOf(path) ?? dirOf(path));
  if (!roots.size) return [];
  const skip = new Set(changed);
  const wanted = new Set<string>();
  for (const path of paths) {
    if (skip.has(path)) continue;
    const name = posix.basename(path);
    if (TSCONFIG.test(name) && [...roots].some((r) => within(r, dirOf(path)))) wanted.add(path);
    if (!TYPESCRIPT.test(path) || TEST_FILE.test(name)) continue;
    const root = [...roots].find((r) => within(path, r) && packageOf(path) === (packages.has(r) ? r : undefined));
    if (root === undefined) continue;
    if (
      path
        .slice(root ? root.length + 1 : 0)
        .split("/")
        .some((segment) => NOT_API.has(segment))
    )
      continue;
    wanted.add(path);
  }
  const rank = (p: string) => (TSCONFIG.test(posix.basename(p)) ? 0 : /\.d\.[cm]?ts$/.test(p) ? 1 : 2);
  return [...wanted].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).slice(0, MAX_TS_FILES);
}

function dirOf(path: string): string {
  const dir = posix.dirname(path);
  return dir === "." ? "" : dir;
}

/** True when `path` is `dir` or inside it ("" is the repository root). */
function within(path: string, dir: string): boolean {
  return dir === "" || path === dir || path.startsWith(`${dir}/`);
}
