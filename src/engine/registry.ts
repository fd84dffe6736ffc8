import type { Detector } from "./types.js";
import { interfaceDetector } from "../detectors/interface/index.js";
import { packagesDetector } from "../detectors/packages/index.js";
import { forkDetector } from "../detectors/fork/index.js";
import { watchDetector } from "../detectors/watch/index.js";
import { protoDetector } from "../detectors/proto/index.js";
import { tsDetector } from "../detectors/ts/index.js";
import { manifestDetector } from "../detectors/manifest/index.js";
import { cDetector } from "../detectors/c/index.js";
import { cppDetector } from "../detectors/cpp/index.js";

/**
 * Every detector, in one explicit list (test/registry.test.ts checks each folder is here).
 * `interface` is the generic fallback; the engine treats it specially (see review-file.ts).
 */
export const detectors: Detector[] = [
  interfaceDetector,
  packagesDetector,
  forkDetector,
  watchDetector,
  protoDetector,
  tsDetector,
  manifestDetector,
  cDetector,
  cppDetector,
];
