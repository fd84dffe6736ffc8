import { findLastRelease } from "./find-last-release.js";
import { listByTreeDiff } from "../github-source/changed-files.js";
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
}

/**
 * `compare.against: last-release` in the app and the Action, as `impactgate check --against
 * last-release` does it with git: the release found through the API (findLastRelease), the
 * release → head changes listed by one compare (its files carry patches, so only head versions
 * are read, most of them already read for the pull request), reviewed, and judged with the
 * engine's rule (judgeAgainstRelease). Costs requests only when the config asks for it: one
 * GraphQL request for the tags, one compare, and the head versions not read yet. Without a
 * matching release — or on a server without GraphQL — the merge-base review stands and says why.
 */
export async function reviewAgainstRelease(opts: Options): Promise<Review> {
  const { octokit, target, config, own } = opts;
  const found = await findLastRelease(octokit, target, config.compare.tags).catch((err: { status?: number }) => {
    if (err.status === 404 || err.status === 501)
      return { none: "this GitHub server has no GraphQL API to find release tags with." };
    throw err;
  });
  if ("none" in found) return { ...own, sections: [comparedAgainstMergeBase(found.none), ...own.sections] };
  const { release } = found;
  const listing = await listSinceRelease(octokit, target, release);
  const sinceRelease = await opts.reviewSince({ ref: target.base.ref, sha: release.sha }, listing);
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
 * nothing for a pull request without interface errors. When the tags cannot be read or no tag
 * matches, the errors stand and the summary says why.
 */
export async function reviewUnreleased(opts: Options): Promise<Review> {
  const { octokit, target, config, own } = opts;
  let found;
  try {
    found = await findLastRelease(octokit, target, config.compare.tags, { exclude: PRE_RELEASE, newest: true });
  } catch (err) {
    const e = err as { status?: number; message?: string };
    const why =
      e.status === 404 || e.status === 501
        ? "this GitHub server has no GraphQL API to find release tags with."
        : `the release tags could not be read (${e.message ?? String(err)}).`;
    return releaseCheckNotDone(own, why);
  }
  const wanted = [
    ...("release" in found ? [{ release: found.release, onBranch: true }] : []),
    ...(found.newest ? [{ release: found.newest, onBranch: false }] : []),
  ];
  if (!wanted.length) return releaseCheckNotDone(own, "none" in found ? found.none : "no release tag found.");
  const reads = releaseCheckReads(own, config);
  const releases: ReleaseReview[] = [];
  try {
    for (const { release, onBranch } of wanted) {
      const listed = await listSinceRelease(octokit, target, release);
      const files = listed.files.filter(
        (f) => reads(f.filename) || (f.previous_filename !== undefined && reads(f.previous_filename)),
      );
      const review = await opts.reviewSince({ ref: target.base.ref, sha: release.sha }, { ...listed, files });
      const paths = new Set(
        files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename])),
      );
      releases.push({ release, onBranch, review, paths });
    }
  } catch (err) {
    // the check only ever lowers errors: without it they stand
    const why = (err as { message?: string }).message ?? String(err);
    return releaseCheckNotDone(
      own,
      `the changes since ${wanted[releases.length]!.release.tag} could not be read (${why}).`,
    );
  }
  return judgeUnreleased({ own, releases, statements: await readStatements(target.body, config), config });
}

/**
 * The files changed since the release: one `compare` (release...head; the head contains the
 * release, so that is the plain diff), with GitHub's patches; past its 300-file cap, the two
 * trees diffed instead (before versions then read at the release).
 */
async function listSinceRelease(octokit: Octokit, target: PullTarget, release: ReleaseBase): Promise<ChangedFiles> {
  const { owner, repo } = target;
  const head = target.head.sha;
  const { data } = await octokit.rest.repos.compareCommits({ owner, repo, base: release.sha, head, per_page: 1 });
  const files = data.files ?? [];
  if (files.length < COMPARE_FILES_CAP)
    return {
      files: files.map((f) => ({
        filename: f.filename,
        previous_filename: f.previous_filename,
        status: f.status,
        patch: f.patch,
      })),
      notReviewed: [],
    };
  const diff = await listByTreeDiff({ octokit, owner, repo, base: release.sha, head, mergeBase: release.sha });
  const notReviewed = diff.truncated.map((side) => ({
    path: "(file list)",
    reason: `GitHub truncated the recursive tree of the ${side === "merge base" ? `release ${release.tag}` : side}: changed files past it were not compared with the release`,
  }));
  return { files: diff.files, notReviewed, mergeBase: release.sha };
}
