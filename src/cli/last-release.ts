import { git, tryGit } from "./git.js";
import { buildLocalChangeSet } from "./local-source.js";
import { withLocalContext } from "./repository-context.js";
import { comparedAgainstMergeBase, judgeAgainstRelease } from "../engine/against-release.js";
import { readStatements } from "../engine/verdict.js";
import {
  judgeUnreleased,
  PRE_RELEASE,
  PRE_RELEASE_GLOBS,
  releaseCheckNotDone,
  releaseCheckReads,
} from "../engine/unreleased-interface.js";
import type { ReleaseReview } from "../engine/unreleased-interface.js";
import type { Analyze } from "../isolation/analysis-pool.js";
import type { ReleaseBase } from "../engine/against-release.js";
import type { Config } from "../config/types.js";
import type { ChangeSet, Review } from "../engine/types.js";

interface Options {
  repo: string;
  /** The merge base the range is reviewed from, and the branch it is on. */
  base: { sha: string; branch: string };
  head: string;
  body: string;
  config: Config;
  /** The range's own review and change set (merge base → head). */
  own: Review;
  ownChangeSet: ChangeSet;
  /** Runs the engine (the CLI's analysis process). */
  analyze: Analyze;
}

/** More paths than this are not passed to git as a pathspec (an argument list has limits): the diff is filtered instead. */
const PATHSPEC_MAX = 1000;

/**
 * The newest tag matching `compare.tags` reachable from the merge base (so the head contains it: a
 * release tagged after the branch forked counts once the branch is rebased), or why there is none.
 */
function lastRelease(
  repo: string,
  base: Options["base"],
  config: Config,
  exclude: string[] = [],
): ReleaseBase | { none: string } {
  const excluded = exclude.flatMap((glob) => ["--exclude", glob]);
  const tag = tryGit(repo, ["describe", "--tags", "--abbrev=0", "--match", config.compare.tags, ...excluded, base.sha]);
  if (!tag)
    return {
      none: `no tag matching \`${config.compare.tags}\` (\`compare.tags\`) is reachable from \`${base.branch}\`.`,
    };
  return { tag, sha: tryGit(repo, ["rev-parse", `${tag}^{commit}`]) ?? tag, branch: base.branch };
}

/**
 * `impactgate check --against last-release`: the range reviewed from the last release, and the two
 * reviews judged together. Without a matching tag, the merge-base review stands and says so.
 */
export async function reviewAgainstLastRelease(opts: Options): Promise<Review> {
  const { repo, base, head, body, config } = opts;
  const release = lastRelease(repo, base, config);
  if ("none" in release)
    return { ...opts.own, sections: [comparedAgainstMergeBase(release.none), ...opts.own.sections] };
  const files = buildLocalChangeSet({ repo, base: release.sha, head, body, config });
  const changeSet = await withLocalContext({ repoDir: repo, base: release.sha, head, config, changeSet: files });
  return judgeAgainstRelease({
    own: opts.own,
    ownChangeSet: opts.ownChangeSet,
    sinceRelease: await opts.analyze(changeSet, config),
    release,
    statements: await readStatements(body, config),
    config,
  });
}

/**
 * The newest tag matching `compare.tags` by date, no newer than the merge base, when it is not on
 * the base branch: a repository that releases from release branches (json-c tags
 * json-c-0.13-20171207 on `json-c-0.13`, c-ares v1.33.1 on `v1.33`, neither merged into `master`/`main`).
 */
function newestElsewhere(repo: string, base: Options["base"], config: Config): ReleaseBase | undefined {
  const baseDate = Number(tryGit(repo, ["log", "-1", "--format=%ct", base.sha]) ?? 0);
  const format = "--format=%(creatordate:unix) %(refname:short)";
  const listed = tryGit(repo, ["tag", "--list", config.compare.tags, "--sort=-creatordate", format]) ?? "";
  const newest = listed
    .split("\n")
    .map((line) => ({ date: Number(line.slice(0, line.indexOf(" "))), tag: line.slice(line.indexOf(" ") + 1) }))
    .find((t) => t.tag && t.date <= baseDate && !PRE_RELEASE.test(t.tag));
  const sha = newest && tryGit(repo, ["rev-parse", `${newest.tag}^{commit}`]);
  if (!newest || !sha || tryGit(repo, ["merge-base", "--is-ancestor", sha, base.sha]) !== undefined) return undefined;
  return { tag: newest.tag, sha, branch: base.branch };
}

/**
 * `compare.unreleased: notice` (the default) for `impactgate check`: the range's own review has
 * interface errors, so the interface files changed since the last release are reviewed from it
 * (releaseCheckReads: one git diff limited to them) — from the release on the base branch, and
 * from a newer release tagged on another branch if there is one — and errors on interface no
 * release has become notices (judgeUnreleased). Without a matching tag, or when git cannot give a
 * release side, the errors stand and the report says why.
 */
export async function checkUnreleased(opts: Options): Promise<Review> {
  const { repo, base, body, config, own } = opts;
  const onBranch = lastRelease(repo, base, config, PRE_RELEASE_GLOBS);
  const elsewhere = newestElsewhere(repo, base, config);
  const wanted = [
    ...("none" in onBranch ? [] : [{ release: onBranch, onBranch: true }]),
    ...(elsewhere ? [{ release: elsewhere, onBranch: false }] : []),
  ];
  if (!wanted.length) return releaseCheckNotDone(own, "none" in onBranch ? onBranch.none : "no release tag found.");
  try {
    const releases = [];
    for (const r of wanted) releases.push({ ...r, ...(await reviewSince(r.release, opts)) });
    return judgeUnreleased({ own, releases, statements: await readStatements(body, config), config });
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return releaseCheckNotDone(own, `the review from ${wanted[0]!.release.tag} could not be made (${why}).`);
  }
}

/** The release → head review of the files the release check reads. */
async function reviewSince(
  release: ReleaseBase,
  { repo, head, config, own, analyze }: Options,
): Promise<Omit<ReleaseReview, "onBranch">> {
  const reads = releaseCheckReads(own, config);
  const changed = git(repo, ["diff", "--name-only", "-z", "--no-renames", release.sha, head])
    .split("\0")
    .filter((p) => p && reads(p));
  // literal: a file name is the repository's text, never pathspec magic
  const paths = changed.length <= PATHSPEC_MAX ? changed.map((p) => `:(literal)${p}`) : undefined;
  const listed = buildLocalChangeSet({ repo, base: release.sha, head, body: "", config, ...(paths ? { paths } : {}) });
  const files = listed.files.filter((f) => reads(f.path) || (f.previousPath !== undefined && reads(f.previousPath)));
  const changeSet = await withLocalContext({
    repoDir: repo,
    base: release.sha,
    head,
    config,
    changeSet: { ...listed, files },
  });
  return {
    release,
    review: await analyze(changeSet, config),
    paths: new Set(files.flatMap((f) => (f.previousPath ? [f.path, f.previousPath] : [f.path]))),
  };
}
