import { defineDetector } from "../../engine/define-detector.js";
import { analyzeTsPair } from "./analyze.js";
import { loadLibFiles } from "./lib-files.js";
import { isTsSourcePath } from "./applies.js";

/**
 * The TypeScript API detector: compares what a package's entry points export (declaration files,
 * or declarations generated from TypeScript source), judging each change by how consumers use
 * the type, with the TypeScript checker.
 */
export const tsDetector = defineDetector({
  id: "ts",
  title: "TypeScript API",
  async init() {
    loadLibFiles();
  },
  appliesTo: isTsSourcePath,
  analyze(pair, ctx) {
    return analyzeTsPair(pair, ctx);
  },
});
