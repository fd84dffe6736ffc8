import { decideVerdict, type Statements } from "./verdict.js";
import type { Config } from "../config/types.js";
import type { ChangeSet, Finding, ReportSection, Review } from "./types.js";

/** The release a pull request is judged against (`compare.against: last-release`). */
export interface ReleaseBase {
  /** The tag, e.g. `v1.4.0`. */
  tag: string;
  /** The commit it names. */
  sha: string;
  /** The base branch it was found on (`main`). */
  branch: string;
}

interface Options {
  /** The pull request's own changes reviewed (merge base → head): which interfaces it touches. */
  own: Review;
  /** The pull request's change set (merge base → head): its hunks say which lines it touches. */
  ownChangeSet: ChangeSet;
  /** The release → head review: what users of the release see once this merges. */
  sinceRelease: Review;
  release: ReleaseBase;
  /** What the description states (readStatements). */
  statements: Statements;
  config: Config;
  acknowledgements?: ChangeSet["acknowledgements"];
}

/**
 * Judges a pull request against the last release instead of its merge base. Every finding is
 * taken from the release → head review, so a second change to a struct not released yet is still
 * one break for users of the release (`80 → 104 bytes`, not `96 → 104`), and a change that brings
 * an unreleased interface back to its released form is no break at all. A finding the pull
 * request neither causes nor touches (no finding of its own on that symbol, no hunk on that line)
 * was already on the branch: it is kept once, as a notice that names the release, and never blocks.
 */
export function judgeAgainstRelease({
  own,
  ownChangeSet,
  sinceRelease,
  release,
  statements,
  config,
  acknowledgements = [],
}: Options): Review {
  const touched = (f: Finding) => own.findings.some((g) => sameInterface(f, g)) || inHunk(f, ownChangeSet);
  // the verdict pipeline on the release → head findings (already levelled: the steps are idempotent)
  const { findings, categories, conclusion } = decideVerdict({
    findings: sinceRelease.findings,
    statements,
    config,
    acknowledgements,
    baseline: (f) =>
      touched(f)
        ? f
        : f.alreadySince
          ? f
          : {
              ...f,
              severity: "notice",
              message: `Already on \`${release.branch}\` since ${release.tag}: ${f.message}`,
              alreadySince: release.tag,
            },
  });
  const unreleased = own.findings.filter((g) => !sinceRelease.findings.some((f) => sameInterface(f, g)));
  return {
    ...sinceRelease,
    conclusion,
    findings,
    categories,
    sections: [releaseSection(release, findings, unreleased), ...sinceRelease.sections],
    notReviewed: [...new Set([...own.notReviewed, ...sinceRelease.notReviewed].map((n) => JSON.stringify(n)))].map(
      (n) => JSON.parse(n) as Review["notReviewed"][number],
    ),
  };
}

/** The same interface element: one symbol inside the other (`struct s` and `struct s.f`), or the same file when neither names one. */
export function sameInterface(a: Finding, b: Finding): boolean {
  if (a.symbol && b.symbol)
    return a.symbol === b.symbol || a.symbol.startsWith(`${b.symbol}.`) || b.symbol.startsWith(`${a.symbol}.`);
  return !a.symbol && !b.symbol && a.path === b.path;
}

/** The finding's line is one the pull request adds or changes. */
function inHunk(f: Finding, cs: ChangeSet): boolean {
  const pair = cs.files.find((p) => p.path === f.path);
  return Boolean(pair?.hunks.some((h) => f.line >= h.newStart && f.line < h.newStart + Math.max(h.newLines, 1)));
}

/** The section that says a review asked for `last-release` was judged against the merge base, and why. */
export function comparedAgainstMergeBase(why: string): ReportSection {
  return { title: "Compared against", markdown: `The merge base, not the last release: ${why}` };
}

/** Which base was used, for the check summary and the comment. */
function releaseSection(release: ReleaseBase, findings: Finding[], unreleased: Finding[]): ReportSection {
  const already = findings.filter((f) => f.alreadySince).length;
  const lines = [
    `Compared against the last release, **${release.tag}** (\`${release.sha.slice(0, 7)}\`, the newest tag matching \`compare.tags\` on \`${release.branch}\`): the findings are what users of ${release.tag} see once this merges.`,
  ];
  if (already > 0)
    lines.push(
      `${already} of them ${already === 1 ? "was" : "were"} already on \`${release.branch}\` and ${already === 1 ? "is" : "are"} not this pull request's: listed as notices, never blocking.`,
    );
  // rule ids only: symbols and paths are the pull request's text, rendered (escaped) with the findings
  if (unreleased.length > 0)
    lines.push(
      `${unreleased.length} change${unreleased.length === 1 ? "" : "s"} this pull request makes to interfaces not released yet ${unreleased.length === 1 ? "is" : "are"} no break for users of ${release.tag} (${[...new Set(unreleased.map((f) => `\`${f.ruleId}\``))].join(", ")}).`,
    );
  return { title: "Compared against", markdown: lines.join("\n\n") };
}
