import { tryGit } from "./git.js";
import { buildLocalChangeSet } from "./local-source.js";
import { withLocalContext } from "./repository-context.js";
import { comparedAgainstMergeBase, judgeAgainstRelease } from "../engine/against-release.js";
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

/**
 * `impactgate check --against last-release`: the newest tag matching `compare.tags` reachable
 * from the merge base (so the head contains it: a release tagged after the branch forked counts
 * once the branch is rebased), the range reviewed from it, and the two reviews judged together.
 * Without a matching tag, the merge-base review stands and says so.
 */
export async function reviewAgainstLastRelease(opts: Options): Promise<Review> {
  const { repo, base, head, body, config } = opts;
  const tag = tryGit(repo, ["describe", "--tags", "--abbrev=0", "--match", config.compare.tags, base.sha]);
  if (!tag) {
    const why = `no tag matching \`${config.compare.tags}\` (\`compare.tags\`) is reachable from \`${base.branch}\`.`;
    return { ...opts.own, sections: [comparedAgainstMergeBase(why), ...opts.own.sections] };
  }
  const release: ReleaseBase = { tag, sha: tryGit(repo, ["rev-parse", `${tag}^{commit}`]) ?? tag, branch: base.branch };
  const files = buildLocalChangeSet({ repo, base: release.sha, head, body, config });
  const changeSet = await withLocalContext({ repoDir: repo, base: release.sha, head, config, changeSet: files });
  return judgeAgainstRelease({
    own: opts.own,
    ownChangeSet: opts.ownChangeSet,
    sinceRelease: await opts.analyze(changeSet, config),
    release,
    body,
    config,
  });
}
