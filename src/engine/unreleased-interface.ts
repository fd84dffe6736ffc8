import { sameInterface, type ReleaseBase } from "./against-release.js";
import { detectors as registered } from "./registry.js";
import { decideVerdict, type Statements } from "./verdict.js";
import { isManifestPath } from "../detectors/manifest/wanted-files.js";
import type { Config } from "../config/types.js";
import type { Acknowledgement, Finding, ReportSection, Review } from "./types.js";

/** Detectors that compare an interface's two versions: their errors say a released user may break. */
const COMPARING = ["c", "cpp", "proto", "ts"];
/** Their findings that say something could not be compared, not that something changed. */
const UNCHECKED = /^(engine|interface)\/|\/(parse-failed|parse-incomplete|not-protobuf|entry-points-unresolved)$/;
/**
 * Manifest rules that count errors of other rules: each holds only while one of the errors it
 * counts is still an error (in this order: the SOVERSION rule's error counts for the major-bump one).
 */
const DERIVED: [string, (f: Finding) => boolean][] = [
  ["manifest/c-abi-break-without-soversion-bump", (f) => /^(c|cpp)\//.test(f.ruleId)],
  [
    "manifest/breaking-without-major-bump",
    (f) =>
      f.category !== "fork" && !f.ruleId.startsWith("engine/") && f.ruleId !== "manifest/breaking-without-major-bump",
  ],
];

/**
 * Release candidates and previews are not releases: an interface only an rc had may still change
 * (libusb v1.0.27-rc1's `int64_t ival` became `int ival` in v1.0.27). The globs are for `git
 * describe --exclude`; the pattern says the same for tag names read from the API.
 */
export const PRE_RELEASE_GLOBS = ["*[-_.]rc*", "*[-_.]alpha*", "*[-_.]beta*", "*[-_.]pre*"];
export const PRE_RELEASE = /[-_.](rc|alpha|beta|pre)/;

/** An error on interface that a release may have: the kind `compare.unreleased` checks. */
function interfaceBreak(f: Finding): boolean {
  return f.severity === "error" && COMPARING.includes(f.ruleId.split("/")[0]!) && !UNCHECKED.test(f.ruleId);
}

/**
 * Whether a merge-base review is checked against the last release (`compare.unreleased:
 * notice`, the default): only when it has an interface error — a clean review costs nothing more.
 */
export function wantsReleaseCheck(own: Review, config: Config): boolean {
  return (
    config.compare.against === "merge-base" &&
    config.compare.unreleased === "notice" &&
    own.conclusion !== "failure" &&
    own.findings.some(interfaceBreak)
  );
}

/**
 * Whether a change of these paths may come to need the last release, before it is reviewed (the
 * app then looks the release up while the review runs): always under `compare.against:
 * last-release`; under `compare.unreleased: notice` only when a comparing detector reads one of
 * them, since only their errors are checked against it (wantsReleaseCheck decides afterwards).
 */
export function mayCheckRelease(paths: readonly string[], config: Config): boolean {
  if (config.compare.against === "last-release") return true;
  if (config.compare.unreleased !== "notice") return false;
  const reading = registered.filter((d) => COMPARING.includes(d.id) && d.appliesTo);
  return paths.some((path) => reading.some((d) => d.appliesTo!(path, config)));
}

/**
 * The files the release → head review reads: those of the detectors whose errors are checked (a
 * declaration can move between two headers since the release, so every changed header counts,
 * not only the ones with errors), and the build files that say which headers are installed and
 * which entry points a package has. Everything else since the release (sources, tests, docs) is
 * left out: the check costs one review of the interface files changed since the release.
 */
export function releaseCheckReads(own: Review, config: Config): (path: string) => boolean {
  const ids = new Set(own.findings.filter(interfaceBreak).map((f) => f.ruleId.split("/")[0]!));
  const reading = registered.filter((d) => ids.has(d.id) && d.appliesTo);
  return (path) => isManifestPath(path) || reading.some((d) => d.appliesTo!(path, config));
}

/** One release the errors are checked against: its release → head review, of the files `releaseCheckReads` names. */
export interface ReleaseReview {
  release: ReleaseBase;
  /** False for a release tagged on another branch than the base branch (see `releases`). */
  onBranch: boolean;
  review: Review;
  /** The paths that review compared: a file not among them is the same in the release and at the head. */
  paths: ReadonlySet<string>;
}

interface Options {
  /** The pull request's own review (merge base → head). */
  own: Review;
  /**
   * The releases checked: the newest on the base branch (the one it descends from), and — when a
   * repository releases from other branches (json-c, c-ares) — the newest matching tag if it is
   * not on the base branch, so an interface released from a release branch counts as released.
   */
  releases: ReleaseReview[];
  /** What the description states (readStatements). */
  statements: Statements;
  config: Config;
  acknowledgements?: readonly Acknowledgement[];
}

/**
 * `compare.unreleased: notice`: an interface error of the pull request's own review whose
 * interface (the same or a containing symbol, `sameInterface`) has no error in any release → head
 * review breaks no user of those releases — a function added last week and renamed, an enumerator
 * inserted after the release and moved back. It becomes a notice that says so, marked
 * `unreleasedSince` so a verdict decided again keeps it one. Kept as errors: everything in a file
 * a release → head review could not compare, fork and packages findings, and the manifest rules
 * while an error they count remains. Everything else is the own review's.
 */
export function judgeUnreleased(opts: Options): Review {
  const { own, releases } = opts;
  const failed = releases.find((r) => r.review.conclusion === "failure");
  if (failed)
    return releaseCheckNotDone(
      own,
      `the review from ${failed.release.tag} failed (${failed.review.failure?.reason ?? "no reason given"}).`,
    );
  const reviews = releases.map((r) => r.review);
  const released = reviews.flatMap((r) => r.findings.filter((f) => f.severity === "error"));
  const unchecked = new Set(
    reviews.flatMap((r) => [
      ...r.notReviewed.map((n) => n.path),
      ...r.findings.filter((f) => UNCHECKED.test(f.ruleId)).map((f) => f.path),
    ]),
  );
  const tag = releases[0]!.release.tag;
  const names = {
    own: new Set([...own.symbols.before, ...own.symbols.after].map((s) => s.name)),
    release: new Set(reviews.flatMap((r) => r.symbols.before.map((s) => s.name))),
  };
  let findings = own.findings.map((f) =>
    interfaceBreak(f) && !unchecked.has(f.path) && !released.some((g) => keptBy(f, g, released))
      ? asUnreleased(f, { releases, names })
      : f,
  );
  for (const [rule, counts] of DERIVED) {
    const stillCounted = findings.some((g) => g.severity === "error" && g.ruleId !== rule && counts(g));
    if (stillCounted) continue;
    findings = findings.map((f) =>
      f.ruleId === rule && f.severity === "error"
        ? {
            ...f,
            severity: "notice",
            message: `Every break it counts is on interface no release up to ${tag} has: ${f.message}`,
            unreleasedSince: tag,
          }
        : f,
    );
  }
  const verdict = decideVerdict({
    findings,
    statements: opts.statements,
    config: opts.config,
    acknowledgements: opts.acknowledgements ?? [],
  });
  const downgraded = verdict.findings.filter((f) => f.unreleasedSince && f.severity === "notice");
  const kept = verdict.findings.filter(interfaceBreak).length;
  return {
    ...own,
    ...verdict,
    sections: [checkedSection(releases, downgraded, kept), ...own.sections],
  };
}

/**
 * Whether the release → head error `g` keeps the own error `f`: on the same interface element or
 * one inside it (`sameInterface`: an own `struct s` error is kept when a member of `s` breaks since
 * the release). An error on the whole record (its size) keeps an error on one member only when no
 * error on other members explains it: `struct json_tokener` grew since the release because a
 * member was inserted there, which does not make a member added and removed since a released one.
 */
function keptBy(f: Finding, g: Finding, released: readonly Finding[]): boolean {
  if (!sameInterface(f, g)) return false;
  const recordOnly = f.symbol && g.symbol && f.symbol.startsWith(`${g.symbol}.`);
  return !recordOnly || !released.some((h) => h.symbol?.startsWith(`${g.symbol}.`));
}

/** The notice one interface error becomes, saying why no user of a release is broken by it. */
function asUnreleased(
  f: Finding,
  { releases, names }: { releases: ReleaseReview[]; names: { own: Set<string>; release: Set<string> } },
): Finding {
  const root = f.symbol
    ?.replace(/^(struct|union|enum|class) /, "")
    .split(".")[0]!
    .replace(/\(\)$/, "");
  const tag = releases[0]!.release.tag;
  const tags = releases.map((r) => r.release.tag).join(" or ");
  const compared = releases.every((r) => r.paths.has(f.path));
  const touched = releases.some((r) => r.paths.has(f.path) || r.review.findings.some((g) => g.path === f.path));
  // a name the detector lists (functions, types, macros: not members) that no release side has
  const why =
    root !== undefined && compared && names.own.has(root) && !names.release.has(root)
      ? `\`${root}\` was added after ${tag} and no release has it`
      : !touched
        ? `\`${f.path}\` restores its form in ${tags}`
        : `No break for users of ${tags} (\`${f.symbol ?? f.path}\` has no error against ${releases.length > 1 ? "them" : "it"}; no release has what this changes)`;
  return { ...f, severity: "notice", message: `${why}: ${f.message}`, unreleasedSince: tag };
}

/** The section that says what the release check did, for the check summary and the comment. */
function checkedSection(releases: ReleaseReview[], downgraded: Finding[], kept: number): ReportSection {
  const tags = releases.map((r) => r.release.tag);
  const which = releases.map(
    ({ release: r, onBranch }) =>
      `**${r.tag}** (\`${r.sha.slice(0, 7)}\`, ${onBranch ? `the newest tag matching \`compare.tags\` on \`${r.branch}\`` : `the newest tag matching \`compare.tags\`, on another branch`})`,
  );
  const lines = [`Compared with ${which.join(" and ")} for interface no release has.`];
  // rule ids only: symbols and paths are the pull request's text, rendered (escaped) with the findings
  if (downgraded.length > 0)
    lines.push(
      `${downgraded.length} error${downgraded.length === 1 ? " is" : "s are"} on interface ${tags.length > 1 ? `neither ${tags.join(" nor ")} has` : `${tags[0]} does not have`}, so no user of a release is broken: listed as notices (${[...new Set(downgraded.map((f) => `\`${f.ruleId}\``))].join(", ")}; \`compare.unreleased: error\` keeps them errors).`,
    );
  if (kept > 0)
    lines.push(
      `${kept} error${kept === 1 ? " is" : "s are"} on interface ${tags.join(" or ")} has: ${kept === 1 ? "it stands" : "they stand"}.`,
    );
  return { title: "Compared against", markdown: lines.join("\n\n") };
}

/** The own review, its errors kept, with the reason the release check could not be done. */
export function releaseCheckNotDone(own: Review, why: string): Review {
  return {
    ...own,
    sections: [
      {
        title: "Compared against",
        markdown: `The merge base; the errors were not checked for interface no release has: ${why}`,
      },
      ...own.sections,
    ],
  };
}
