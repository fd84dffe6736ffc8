import { posix } from "node:path";
import { defineDetector } from "../../engine/define-detector.js";
import { analyzeBuildFile } from "./analyze-build-file.js";
import { analyzePackageJson } from "./analyze-package-json.js";
import { isManifestPath } from "./wanted-files.js";
import { loadTypeScript } from "./public-type-deps.js";
import { abiBreakWithoutSoversionBump } from "./soversion-bump.js";
import { breakingWithoutMajorBump } from "./version-bump.js";
import { sidesOf } from "../../engine/sides.js";

/**
 * The manifest detector: package.json entry points, exports, engines and peers; CMake and meson
 * shared-library versions; and, over the whole ChangeSet, breaking findings that the package
 * version (semver) or the library SONAME version does not declare.
 */
export const manifestDetector = defineDetector({
  id: "manifest",
  title: "Package manifests",
  // The TypeScript compiler reads declaration files' imports; loaded only when a manifest changed.
  init: loadTypeScript,
  appliesTo: isManifestPath,
  analyze(pair, ctx) {
    if (posix.basename(pair.path) === "package.json")
      return analyzePackageJson(pair, sidesOf(ctx.changeSet), ctx.checkBudget);
    return { findings: analyzeBuildFile(pair), parsed: true };
  },
  analyzeChangeSet(cs, ctx) {
    const sides = sidesOf(cs);
    return {
      findings: [
        ...breakingWithoutMajorBump(ctx.findings, sides, ctx.config),
        ...abiBreakWithoutSoversionBump(ctx.findings, sides, ctx.config),
      ],
      parsed: true,
    };
  },
});

export { manifestFilesWanted } from "./wanted-files.js";
