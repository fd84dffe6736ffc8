/**
 * `impactgate check`: a git range reviewed — its change set from git, the repository's context
 * (packages, upstream, include closure) and, as the config says, the last release. Loaded only by
 * `check` (review-command.ts).
 */
import { git, type resolveBaseRef } from "./git.js";
import { readBody } from "./read-inputs.js";
import { checkUnreleased, reviewAgainstLastRelease } from "./last-release.js";
import { buildLocalChangeSet } from "./local-source.js";
import { withLocalContext } from "./repository-context.js";
import { wantsReleaseCheck } from "../engine/unreleased-interface.js";
import type { Analyze } from "../isolation/analysis-pool.js";
import type { CliArgs } from "./args.js";
import type { Review } from "../engine/types.js";
import type { Config } from "../config/types.js";

/** `impactgate check`: the range's description (`--body`, else its commit messages), then reviewGitRange. */
export async function checkReview(
  args: CliArgs,
  config: Config,
  { base, analyze }: { base: ReturnType<typeof resolveBaseRef>; analyze: Analyze },
): Promise<Review> {
  // Without --body, the range's commit messages are the description, so trailers in commits count.
  const body = (await readBody(args.body)) ?? git(args.repo, ["log", "--format=%B", `${base.sha}..${args.head}`]);
  return reviewGitRange({ repo: args.repo, base, head: args.head, body, config, analyze });
}

/**
 * A git range reviewed as `impactgate check` does (bench/real-history calls it too, so it measures
 * what users get): from its merge base; with `compare.against: last-release`, judged against the
 * last release; otherwise, when it has interface errors, checked for interface no release has
 * (`compare.unreleased`).
 */
export async function reviewGitRange(opts: {
  repo: string;
  base: { sha: string; ref: string };
  head: string;
  body: string;
  config: Config;
  analyze: Analyze;
}): Promise<Review> {
  const { repo, base, head, body, config, analyze } = opts;
  const files = buildLocalChangeSet({ repo, base: base.sha, head, body, config });
  // Packages are discovered on the base tree; the upstream comes from a git remote, not the API.
  const changeSet = await withLocalContext({ repoDir: repo, base: base.sha, head, config, changeSet: files });
  const own = await analyze(changeSet, config);
  const release = {
    repo,
    base: { sha: base.sha, branch: base.ref },
    head,
    body,
    config,
    own,
    ownChangeSet: changeSet,
    analyze,
  };
  if (config.compare.against === "last-release") return reviewAgainstLastRelease(release);
  return wantsReleaseCheck(own, config) ? checkUnreleased(release) : own;
}
