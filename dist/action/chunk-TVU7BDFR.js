import { createRequire as __igCreateRequire } from "node:module";
import { fileURLToPath as __igFileURLToPath } from "node:url";
const require = __igCreateRequire(import.meta.url);
const __filename = __igFileURLToPath(import.meta.url);
const __dirname = __igFileURLToPath(new URL(".", import.meta.url));

// src/detectors/manifest/wanted-files.ts
import { posix } from "node:path";
var BUILD_FILES = ["CMakeLists.txt", "meson.build"];
function isBuildFile(path) {
  return BUILD_FILES.includes(posix.basename(path));
}
function isManifestPath(path) {
  return posix.basename(path) === "package.json" || isBuildFile(path);
}
var MAX_MANIFEST_FILES = 200;
var MAX_DECLARATION_FILES = { perPackage: 32, total: 128 };
function manifestFilesWanted(paths, changed) {
  const present = new Set(paths);
  const wanted = /* @__PURE__ */ new Set();
  for (const path of changed) {
    let dir = posix.dirname(path);
    let needPackage = true;
    let needBuild = true;
    for (; ; ) {
      const at = (name) => dir === "." ? name : `${dir}/${name}`;
      if (needPackage && present.has(at("package.json"))) {
        wanted.add(at("package.json"));
        needPackage = false;
      }
      const builds = BUILD_FILES.map(at).filter((p) => present.has(p));
      if (needBuild && builds.length) {
        builds.forEach((p) => wanted.add(p));
        needBuild = false;
      }
      if (!needPackage && !needBuild || dir === ".") break;
      dir = posix.dirname(dir);
    }
    if (wanted.size >= MAX_MANIFEST_FILES) break;
  }
  return [...[...wanted].sort().slice(0, MAX_MANIFEST_FILES), ...declarationsWanted(paths, changed)];
}
function declarationsWanted(paths, changed) {
  const out = /* @__PURE__ */ new Set();
  const changedSet = new Set(changed);
  for (const manifest of changed.filter((p) => posix.basename(p) === "package.json")) {
    const dir = posix.dirname(manifest);
    const prefix = dir === "." ? "" : `${dir}/`;
    const below = paths.filter(
      (p) => p.startsWith(prefix) && /\.d\.[cm]?ts$/.test(p) && !p.includes("node_modules/") && !changedSet.has(p)
    );
    const depth = (p) => p.split("/").length;
    below.sort((a, b) => depth(a) - depth(b) || a.localeCompare(b));
    for (const p of below.slice(0, MAX_DECLARATION_FILES.perPackage)) out.add(p);
    if (out.size >= MAX_DECLARATION_FILES.total) break;
  }
  return [...out].slice(0, MAX_DECLARATION_FILES.total);
}

export {
  isBuildFile,
  isManifestPath,
  manifestFilesWanted
};
