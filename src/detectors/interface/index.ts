import { finding } from "../../engine/rule.js";
import { interfaceRules } from "./rule-specs.js";
import { defineDetector } from "../../engine/define-detector.js";
import { matchesAny } from "../../engine/glob.js";
import type { Config } from "../../config/types.js";
import type { FilePair } from "../../engine/types.js";

/** True when the path is an interface file under `interfaces.include` minus `interfaces.exclude`. */
export function isInterfacePath(path: string, config: Config): boolean {
  return matchesAny(path, config.interfaces.include) && !matchesAny(path, config.interfaces.exclude);
}

/** First line the change touches: in the head version, or line 1 of the base for removals. */
export function firstChangedLine(pair: FilePair): number {
  if (pair.status === "removed" || pair.status === "added") return 1;
  for (const hunk of pair.hunks) {
    let newLine = hunk.newStart;
    for (const raw of hunk.lines) {
      if (raw.startsWith("+") || raw.startsWith("-")) return Math.max(1, newLine);
      if (!raw.startsWith("\\")) newLine++;
    }
  }
  return 1;
}

const VERBS = { added: "added", modified: "changed", removed: "removed", renamed: "renamed" } as const;

/**
 * The generic detector: any change to an interface file is an `abi` finding. A semantic detector
 * that parses the file replaces it (see engine/review-file.ts).
 */
export const interfaceDetector = defineDetector({
  id: "interface",
  title: "Interface files",
  appliesTo: isInterfacePath,
  analyze(pair) {
    const moved = pair.status === "renamed" && pair.previousPath ? ` (was ${pair.previousPath})` : "";
    const changed = finding(interfaceRules["interface/changed"], {
      path: pair.path,
      line: firstChangedLine(pair),
      message: `Interface file ${VERBS[pair.status]}${moved}: ${pair.path}`,
    });
    return { findings: [changed], parsed: false };
  },
});
