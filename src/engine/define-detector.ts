import type { Detector } from "./types.js";

/** Identity helper that type-checks a detector definition (see docs/architecture.md). */
export function defineDetector(detector: Detector): Detector {
  return detector;
}
