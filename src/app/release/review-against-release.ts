import { findBaseRelease, findLastRelease } from "./find-last-release.js";
import type { LastRelease } from "./find-last-release.js";
import { listByTreeDiff, listedPaths } from "../github-source/changed-files.js";
import { comparedAgainstMergeBase, judgeAgainstRelease } from "../../engine/against-release.js";
import { readStatements } from "../../engine/verdict.js";
import {
  judgeUnreleased,
  PRE_RELEASE,
  releaseCheckNotDone,
  releaseCheckReads,
} from "../../engine/unreleased-interface.js";
import type { ReleaseReview } from "../../engine/unreleased-interface.js";
import type { ReleaseBase } from "../../engine/against-release.js";
import type { ChangedFiles } from "../github-source/changed-files.js";
import type { Config } from "../../config/types.js";
import type { ChangeSet, Review } from "../../engine/types.js";
import type { Octokit } from "../octokit.js";
import type { PullTarget } from "../target.js";

/** GitHub's compare lists at most this many files; past it the trees are diffed. */
const COMPARE_FILES_CAP = 300;

interface Options {
  octokit: Octokit;
  target: PullTarget;
  config: Config;
  /** The pull request's own review and change set (merge base → head). */
  own: Review;
  ownChangeSet: ChangeSet;
  /** Builds and reviews the change set from `base` (the release) to the head, from a file listing. */
  reviewSince(base: PullTarget["base"], listing: ChangedFiles): Promise<Review>;
  /**
   * The base tip's release (`findBaseRelease` for `releaseSearch(config)`), shared by the pull
   * requests on that tip and started by the gate before the review needed it; by default asked here.
   */
  baseRelease?: () => Promise<LastRelease>;
}

/** What the release lookup asks for, from the config. */
export interface ReleaseSearch {
  /** `compare.tags`. */
  pattern: string;
  /** Tags that are no release (release candidates, for compare.unreleased). */
  exclude?: RegExp;
  /** Also the newest matching tag when the base branch lacks it (compare.unreleased). */
  newest: boolean;
}

export function releaseSearch(config: Config): ReleaseSearch {
  return config.compare.against === "last-release"
    ? { pattern: config.compare.tags, newest: false }
    : { pattern: config.compare.tags, exclude: PRE_RELEASE, newest: true };
}

/**
 * `compare.against: last-release` in the app and the Action, as `impactgate check --against
 * last-release` does it with git: the release found through the API (findLastRelease), the
 * release → head changes listed by one compare (its files carry patches, so only head versions
 * are read, most of them already read for the pull request), reviewed, and judged with the
 * engine's rule (judgeAgainstRelease). Costs requests only when the config asks for it: one
 * GraphQL request for the tags (shared by the pull requests of one base tip), one compare, and the
 * head versions not read yet. Without a matching release — on a server without GraphQL, or when
 * the tags or the changes since the release cannot be read — the merge-base review stands and
 * says why.
 */
export async function reviewAgainstRelease(opts: Options): Promise<Review> {
  const { target, config, own } = opts;
  const found = await releaseForHead(opts, releaseSearch(config));
  if ("unread" in found) return { ...own, sections: [comparedAgainstMergeBase(found.unread), ...own.sections] };
  if (!("release" in found.found))
    return { ...own, sections: [comparedAgainstMergeBase(found.found.none), ...own.sections] };
  const { release } = found.found;
  const sinceRelease = await opts.reviewSince({ ref: target.base.ref, sha: release.sha }, found.listing!);
  return judgeAgainstRelease({
    own,
    ownChangeSet: opts.ownChangeSet,
    sinceRelease,
    release,
    statements: await readStatements(target.body, config),
    config,
  });
}

/**
 * `compare.unreleased: notice` (the default) in the app and the Action, as `impactgate check` does
 * it with git: the pull request's own review has interface errors (wantsReleaseCheck, decided by
 * the caller), so the release is found through the API (findLastRelease: the tag on the base
 * branch, and the newest matching tag when another branch holds it), the files changed since each
 * are listed by one compare and cut to the ones the release check reads (releaseCheckReads), those
 * are reviewed, and errors on interface no release has become notices (judgeUnreleased). Costs
 * nothing for a pull request without interface errors (beyond the base tip's shared tag lookup,
 * started while the review ran). When the tags cannot be read or no tag matches, the errors stand
 * and the summary says why.
 */
export async function reviewUnreleased(opts: Options): Promise<Review> {
  const { octokit, target, config, own } = opts;
  const found = await releaseForHead(opts, releaseSearch(config));
  if ("unread" in found) return releaseCheckNotDone(own, found.unread);
  const wanted = [
    ...("release" in found.found ? [{ release: found.found.release, onBranch: true, listing: found.listing }] : []),
    ...(found.found.newest ? [{ release: found.found.newest, onBranch: false, listing: undefined }] : []),
  ];
  if (!wanted.length)
    return releaseCheckNotDone(own, "none" in found.found ? found.found.none : "no release tag found.");
  const reads = releaseCheckReads(own, config);
  const releases: ReleaseReview[] = [];
  try {
    for (const { release, onBranch, listing } of wanted) {
      const listed = listing ?? (await listSinceRelease(octokit, target, release)).listing;
      const files = listed.files.filter(
        (f) => reads(f.filename) || (f.previous_filename !== undefined && reads(f.previous_filename)),
      );
      const review = await opts.reviewSince({ ref: target.base.ref, sha: release.sha }, { ...listed, files });
      const paths = new Set(listedPaths(files));
      releases.push({ release, onBranch, review, paths });
    }
  } catch (err) {
    // the check only ever lowers errors: without it they stand
    return releaseCheckNotDone(own, changesUnread(wanted[releases.length]!.release, err));
  }
  return judgeUnreleased({ own, releases, statements: await readStatements(target.body, config), config });
}

/** The release for this head and, when it is on the base branch, the files changed since it; or why none could be read. */
type HeadRelease = { found: LastRelease; listing?: ChangedFiles } | { unread: string };

/**
 * The release this head is compared with. The base tip's (`baseRelease`, one lookup for all its
 * pull requests) is the head's own whenever the head contains it (findBaseRelease says why), and
 * the compare that lists the files changed since it says whether it does; when it does not (the
 * head branched off before that release), or when the shared lookup failed, this review asks
 * GitHub on its own, as every review did before the lookup was shared. The tags or the changes not
 * readable: why, for the summary (the errors then stand, or the merge base is used).
 */
async function releaseForHead(opts: Options, search: ReleaseSearch): Promise<HeadRelease> {
  const { octokit, target } = opts;
  const ownRelease = () => findLastRelease(octokit, target, search.pattern, search);
  let found: LastRelease;
  let shared = true;
  try {
    found = await (opts.baseRelease ?? (() => findBaseRelease(octokit, target, search.pattern, search)))();
  } catch (err) {
    if (noGraphql(err)) return { unread: NO_GRAPHQL };
    shared = false;
    try {
      found = await ownRelease();
    } catch (e) {
      return { unread: tagsUnread(e) };
    }
  }
  for (;;) {
    if (!("release" in found)) return { found };
    let since: SinceRelease;
    try {
      since = await listSinceRelease(octokit, target, found.release);
    } catch (err) {
      return { unread: changesUnread(found.release, err) };
    }
    if (!shared || since.headContains) return { found, listing: since.listing };
    shared = false;
    try {
      found = await ownRelease();
    } catch (err) {
      return { unread: tagsUnread(err) };
    }
  }
}

const NO_GRAPHQL = "this GitHub server has no GraphQL API to find release tags with.";

function noGraphql(err: unknown): boolean {
  const status = (err as { status?: number }).status;
  return status === 404 || status === 501;
}

function tagsUnread(err: unknown): string {
  return noGraphql(err) ? NO_GRAPHQL : `the release tags could not be read (${messageOf(err)}).`;
}

function changesUnread(release: ReleaseBase, err: unknown): string {
  return `the changes since ${release.tag} could not be read (${messageOf(err)}).`;
}

function messageOf(err: unknown): string {
  return (err as { message?: string }).message ?? String(err);
}

/** The files changed since a release, and whether the head contains it (else they are a diverged compare's). */
interface SinceRelease {
  listing: ChangedFiles;
  headContains: boolean;
}

/**
 * The files changed since the release: one `compare` (release...head; when the head contains the
 * release, which its status says, that is the plain diff), with GitHub's patches; past its
 * 300-file cap, the two trees diffed instead (before versions then read at the release).
 */
async function listSinceRelease(octokit: Octokit, target: PullTarget, release: ReleaseBase): Promise<SinceRelease> {
  const { owner, repo } = target;
  const head = target.head.sha;
  const { data } = await octokit.rest.repos.compareCommits({ owner, repo, base: release.sha, head, per_page: 1 });
  const headContains = data.status === "ahead" || data.status === "identical";
  const files = data.files ?? [];
  if (files.length < COMPARE_FILES_CAP)
    return {
      listing: {
        files: files.map((f) => ({
          filename: f.filename,
          previous_filename: f.previous_filename,
          status: f.status,
          patch: f.patch,
        })),
        notReviewed: [],
      },
      headContains,
    };
  const diff = await listByTreeDiff({ octokit, owner, repo, base: release.sha, head, mergeBase: release.sha });
  const notReviewed = diff.truncated.map((side) => ({
    path: "(file list)",
    reason: `GitHub truncated the recursive tree of the ${side === "merge base" ? `release ${release.tag}` : side}: changed files past it were not compared with the release`,
  }));
  return { listing: { files: diff.files, notReviewed, mergeBase: release.sha }, headContains };
}
