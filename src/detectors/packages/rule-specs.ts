import { defineRules } from "../../engine/rule.js";

/** The packages detector's rules: changes across the packages of one workspace. */
export const packagesRules = defineRules("packages", {
  "packages/coordinated-change": {
    category: "cross-package",
    severity: "error",
    severityNote:
      "notice when the two ship together: either is never published (npm `private: true`, Cargo `publish = false`), or the workspace releases them under one version (lerna.json fixed mode, Cargo `version.workspace = true`, every published member at one version)",
    summary:
      "The PR changes package B and package A, which depends on B (directly, or through packages the PR does " +
      "not touch).",
    why: 'Users may upgrade A without B or B without A: the change is a lock-step upgrade ("version forwards and backwards independently"). One finding per link; a link already explained by a touched package in between is not repeated. The finding sits on the first changed line of B. `devDependencies` do not tie releases together and are not links. Only independently versioned, published packages can be upgraded one without the other: for packages released together under one version, or never published, the finding is a notice that says why.',
    fix:
      "**State it:** under `## Cross-package impact`, say whether old A works with new B and new A with old B, " +
      "or why they must be released together (and make the version ranges say so). Or split the PR.",
    fixtures: {
      positive: [
        "npm-workspace-coordinated-and-unrelated",
        "pnpm-workspace-lock-step",
        "go-work-coordinated-and-unrelated",
        "config-globs-all-three-rules",
        "lerna-fixed-versions-coordinated-is-notice",
      ],
      negative: ["dev-dependency-is-not-a-release-link"],
    },
  },
  "packages/multi-package": {
    category: "cross-package",
    severity: "notice",
    summary: "The touched packages fall into two or more groups with no dependency between them.",
    why: "Nothing breaks, but unrelated changes in one PR are harder to review, revert and release.",
    fix: "**Fix:** split the PR.",
    fixtures: {
      positive: ["npm-workspace-coordinated-and-unrelated", "dev-dependency-is-not-a-release-link"],
      negative: ["pnpm-workspace-lock-step"],
    },
  },
  "packages/interface-change-with-dependents": {
    category: "cross-package",
    severity: "error",
    summary: "An `abi` error finding (after rule levels) lies in a package other workspace packages depend on.",
    why:
      "The message names them (direct first, then indirect). Their code, in this same repository, may break or " +
      "need a release.",
    fix:
      "**State it:** say how each dependent keeps working, or update them in the same PR (which then also " +
      "gives `packages/coordinated-change`).",
    fixtures: {
      positive: ["cargo-header-change-with-dependents", "config-globs-all-three-rules"],
      negative: ["abi-error-in-package-without-dependents"],
    },
  },
});
