import { defineRules } from "./rule.js";

/**
 * The engine's own rules: a detector that could not finish a file. No input provokes them on
 * purpose, so tests provoke them instead of fixtures.
 */
export const engineRules = defineRules("engine", {
  "engine/budget-exceeded": {
    category: "abi",
    severity: "error",
    summary:
      "Impactgate could not analyse a file: a detector spent its work budget on it, or the review's budget was spent before it.",
    why: "Budgets (`limits.file-work`, `limits.review-work`) count work, not time, so the same file always gives the same result. The file's changes were not checked, so this is an error — never a silent pass — and its generic `interface/changed` finding stands.",
    fix: "**Fix or state it:** review the file by hand and state the impact, or raise the budget in `.github/impactgate.yml` if the file is an ordinary one (and report it: it should not need it).",
    fixtures: { testedBy: "test/security/work-budgets.test.ts" },
  },
  "engine/detector-failed": {
    category: "abi",
    severity: "error",
    summary: "A detector failed on a file (an internal error, or input it cannot handle).",
    why: "The file's changes were not checked, so this is an error — never a silent pass — and its generic `interface/changed` finding stands.",
    fix: "**Fix or state it:** review the file by hand and state the impact; please report the message.",
    fixtures: { testedBy: "test/engine/review.test.ts" },
  },
  "engine/analysis-failed": {
    category: "abi",
    severity: "error",
    summary:
      "The analysis of the pull request was stopped from outside: past its deadline, out of memory, or its process crashed twice.",
    why: "Analysis runs in a separate process with a hard deadline (`limits.review-time-ms`) and a memory cap. When that process is stopped, nothing of the pull request was checked; the finding names the file it was on. Nothing passes silently: the check is action required. A crash is retried once on a fresh process; a second crash, or the deadline, is final for that head commit.",
    fix: "**Fix or state it:** review the changes by hand and state the impact (or a maintainer acknowledges). If the named file is an ordinary one, report it; a new push or the Re-run button analyses again.",
    fixtures: { testedBy: "test/isolation/analysis-pool.test.ts" },
  },
});
