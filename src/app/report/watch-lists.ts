/**
 * Watch lists on the pull request: the sticky comment with its watch-list section (each handle
 * @-mentioned once across pushes), and review requests for the handles mentioned for the first time.
 */
import { watchMentionSection } from "../../detectors/watch/index.js";
import { renderComment } from "../../render/comment.js";
import type { Review } from "../../engine/types.js";
import type { RenderOptions } from "../../render/blocks.js";
import type { Octokit } from "../octokit.js";

/**
 * The sticky comment with its watch-list section. The previous body says who was already
 * mentioned, so each handle is @-mentioned once across pushes; the handles mentioned for the
 * first time are returned so the caller can request their review.
 */
export function commentWithWatch(
  review: Review,
  opts: RenderOptions,
  previousBody: string | undefined,
): { body: string; newlyMentioned: string[] } {
  const watch = watchMentionSection({ findings: review.findings, config: opts.config, previousBody });
  const extra = [...(opts.extraSections ?? []), ...(watch.section ? [watch.section] : [])];
  return { body: renderComment(review, { ...opts, extraSections: extra }), newlyMentioned: watch.newlyMentioned };
}

/** True when a watch list matched: its people must hear about it even if nothing else needs a comment. */
export function hasWatchFindings(review: Review): boolean {
  return review.findings.some((f) => f.ruleId.startsWith("watch/"));
}

interface Options {
  octokit: Octokit;
  owner: string;
  repo: string;
  number: number;
  /** Handles to request (`@user`, `@org/team`), e.g. `watchMentionSection(...).newlyMentioned`. */
  handles: string[];
  /** The PR author cannot review their own PR; left out. */
  author?: string;
}

export interface WatchRequestResult {
  requested: string[];
  /** Handles GitHub refused (not a collaborator, team of another org …) or that could not be asked. */
  refused: string[];
}

/**
 * Requests review from watch-list handles where GitHub allows: users as `reviewers`, teams of
 * the repository's own organisation as `team_reviewers`. One call; if GitHub refuses it (422 —
 * one handle is not a collaborator), each handle is asked alone so the others still get it.
 */
export async function requestWatchReviews({
  octokit,
  owner,
  repo,
  number,
  handles,
  author,
}: Options): Promise<WatchRequestResult> {
  const users: string[] = [];
  const teams: string[] = [];
  const refused: string[] = [];
  for (const handle of new Set(handles.map((h) => h.replace(/^@/, "")))) {
    const [org, team] = handle.split("/");
    if (team === undefined) {
      if (handle.toLowerCase() !== author?.toLowerCase()) users.push(handle);
    } else if (org.toLowerCase() === owner.toLowerCase()) teams.push(team);
    else refused.push(`@${handle}`);
  }
  if (users.length + teams.length === 0) return { requested: [], refused };
  const ask = (reviewers: string[], team_reviewers: string[]) =>
    octokit.rest.pulls.requestReviewers({ owner, repo, pull_number: number, reviewers, team_reviewers });
  const label = (u: string[], t: string[]) => [...u.map((x) => `@${x}`), ...t.map((x) => `@${owner}/${x}`)];
  try {
    await ask(users, teams);
    return { requested: label(users, teams), refused };
  } catch (err) {
    if ((err as { status?: number }).status !== 422) throw err;
  }
  const requested: string[] = [];
  for (const [u, t] of [...users.map((u) => [[u], []]), ...teams.map((t) => [[], [t]])] as [string[], string[]][]) {
    try {
      await ask(u, t);
      requested.push(...label(u, t));
    } catch (err) {
      if ((err as { status?: number }).status !== 422) throw err;
      refused.push(...label(u, t));
    }
  }
  return { requested, refused };
}
