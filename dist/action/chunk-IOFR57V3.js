import { createRequire as __igCreateRequire } from "node:module";
import { fileURLToPath as __igFileURLToPath } from "node:url";
const require = __igCreateRequire(import.meta.url);
const __filename = __igFileURLToPath(import.meta.url);
const __dirname = __igFileURLToPath(new URL(".", import.meta.url));

// src/detectors/packages/wanted-files.ts
import { posix } from "node:path";
var WORKSPACE_ROOT_FILES = ["package.json", "pnpm-workspace.yaml", "lerna.json", "Cargo.toml", "go.work"];
var MANIFEST_NAMES = /* @__PURE__ */ new Set(["package.json", "Cargo.toml", "go.mod"]);
var SKIPPED_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", "vendor", "third_party", "target"]);
var MAX_MANIFESTS = 400;
function workspaceFilesWanted(paths) {
  const present = new Set(paths);
  const roots = WORKSPACE_ROOT_FILES.filter((f) => present.has(f));
  const manifests = paths.filter(
    (p) => p.includes("/") && MANIFEST_NAMES.has(posix.basename(p)) && !p.split("/").some((seg) => SKIPPED_DIRS.has(seg))
  ).sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0)).slice(0, MAX_MANIFESTS);
  if (present.has("go.mod")) roots.push("go.mod");
  return [...roots, ...manifests];
}
function depth(path) {
  return path.split("/").length;
}

export {
  WORKSPACE_ROOT_FILES,
  MANIFEST_NAMES,
  workspaceFilesWanted
};
