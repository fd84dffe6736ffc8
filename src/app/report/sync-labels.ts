import { CATEGORIES } from "../../engine/types.js";
import type { Octokit } from "../octokit.js";
import type { Config } from "../../config/types.js";
import type { Review } from "../../engine/types.js";

interface Options {
  octokit: Octokit;
  owner: string;
  repo: string;
  number: number;
  /** Labels on the pull request now. */
  current: string[];
  review: Review;
  config: Config;
}

/** Labels added and removed, for logs and tests. */
export interface LabelChanges {
  added: string[];
  removed: string[];
  /** GitHub refused the label write (403); logged, the verdict stands. */
  forbidden?: boolean;
}

/**
 * One label per category with error findings (config `labels`, false = none): adds the missing
 * ones, removes ours whose findings went away, never touches anyone else's labels.
 */
export async function syncLabels({
  octokit,
  owner,
  repo,
  number,
  current,
  review,
  config,
}: Options): Promise<LabelChanges> {
  const ours = CATEGORIES.flatMap((c) => (config.labels[c] ? [{ category: c, name: config.labels[c] as string }] : []));
  const wanted = new Set(ours.filter((l) => review.categories[l.category].errors > 0).map((l) => l.name));
  const have = new Set(current);
  const added = [...wanted].filter((name) => !have.has(name));
  const removed = ours.map((l) => l.name).filter((name) => have.has(name) && !wanted.has(name));
  if (added.length > 0) {
    try {
      await octokit.rest.issues.addLabels({ owner, repo, issue_number: number, labels: added });
    } catch (err) {
      // Labels are a convenience: a 403 (labels locked down, see docs/permissions.md) must not
      // turn a correct verdict into a failure. Anything else is a real error.
      if ((err as { status?: number }).status !== 403) throw err;
      return { added: [], removed: [], forbidden: true };
    }
  }
  for (const name of removed) {
    try {
      await octokit.rest.issues.removeLabel({ owner, repo, issue_number: number, name });
    } catch (err) {
      if ((err as { status?: number }).status !== 404) throw err; // already gone: the goal is met
    }
  }
  return { added, removed };
}
