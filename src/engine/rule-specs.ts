import { defineRules } from "./rule.js";

/**
 * The engine's own rules: a detector that could not finish a file. No input provokes them on
 * purpose, so tests provoke them instead of fixtures.
 */
export const engineRules = defineRules("engine", {
  "engine/budget-exceeded": {
    category: "abi",
    severity: "warning",
    summary: "A detector stopped analysing a file after `limits.file-time-ms`.",
    why: "The file's generic `interface/changed` finding still stands, so the change is not silently passed.",
    fix: "**Fix:** raise `limits.file-time-ms` or split the file.",
    fixtures: { testedBy: "test/engine/review.test.ts" },
  },
  "engine/detector-failed": {
    category: "abi",
    severity: "warning",
    summary: "A detector could not analyse a file (an internal error).",
    why: "The file's generic `interface/changed` finding still stands, so the change is not silently passed.",
    fix: "**Fix:** nothing in the pull request; please report it with the message.",
    fixtures: { testedBy: "test/engine/review.test.ts" },
  },
});
