import { defineDetector } from "../../engine/define-detector.js";
import { matchesAny } from "../../engine/glob.js";
import { isInterfacePath } from "../interface/index.js";
import { analyzeTsPair } from "./analyze.js";
import { isPackageEntry } from "./entry-points.js";
import { loadLibFiles } from "./lib-files.js";

const DECLARATION = /\.d\.[cm]?ts$/;
const SOURCE = /\.[cm]?tsx?$/;

/**
 * The TypeScript API detector: compares the exported surface of declaration files and of the
 * package entry points package.json names (plus the files they re-export), rule by rule.
 */
export const tsDetector = defineDetector({
  id: "ts",
  title: "TypeScript API",
  async init() {
    loadLibFiles();
  },
  appliesTo(path, config) {
    return SOURCE.test(path) && !matchesAny(path, config.interfaces.exclude);
  },
  analyze(pair, ctx) {
    const declaration = DECLARATION.test(pair.path) && isInterfacePath(pair.path, ctx.config);
    if (
      !declaration &&
      !isPackageEntry(pair.path, ctx.changeSet) &&
      !(pair.previousPath && isPackageEntry(pair.previousPath, ctx.changeSet))
    ) {
      return { findings: [], parsed: false };
    }
    return analyzeTsPair(pair, ctx);
  },
});
