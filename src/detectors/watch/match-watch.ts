import picomatch from "picomatch";
import { matchesAny } from "../../engine/glob.js";
import { normalizeSymbol, symbolForms } from "./symbol-forms.js";
import type { WatchEntry } from "../../config/types.js";
import type { FilePair, Finding } from "../../engine/types.js";

export interface WatchMatch {
  /** File-level findings whose symbol the watch names. */
  findings: Finding[];
  /** Changed files (head or old path) under the watch's `paths`. */
  files: FilePair[];
  /** Findings on those files, so a path match takes a real category and line. */
  fileFindings: Finding[];
}

/** What one watch entry matches in this change: finding symbols (globs allowed) and changed paths. */
export function matchWatch(entry: WatchEntry, files: FilePair[], findings: Finding[]): WatchMatch {
  const patterns = entry.symbols.map(normalizeSymbol).filter(Boolean);
  const symbolMatch = patterns.length > 0 ? picomatch(patterns, { dot: true }) : undefined;
  const matchedFiles =
    entry.paths.length > 0
      ? files.filter(
          (p) =>
            matchesAny(p.path, entry.paths) ||
            (p.previousPath !== undefined && matchesAny(p.previousPath, entry.paths)),
        )
      : [];
  const matchedPaths = new Set(matchedFiles.map((p) => p.path));
  return {
    findings: symbolMatch
      ? findings.filter((f) => f.symbol !== undefined && symbolForms(f.symbol).some((form) => symbolMatch(form)))
      : [],
    files: matchedFiles,
    fileFindings: findings.filter((f) => matchedPaths.has(f.path)),
  };
}
