import { detectors as registered } from "./registry.js";
import type { Config } from "../config/types.js";
import type { DetectorInfo } from "./types.js";

/**
 * True when some detector (the generic interface one included) reads this file's contents, so a
 * source fetches contents only for these and lists the rest by path and hunks.
 */
export function needsContents(path: string, config: Config, detectors: readonly DetectorInfo[] = registered): boolean {
  return detectors.some((d) => d.appliesTo?.(path, config));
}
