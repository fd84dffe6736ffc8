import type { LastRelease } from "./find-last-release.js";

/**
 * How long a base tip's release lookup is reused. Tags can be added, moved or deleted at any time
 * without a push to the base branch, and no event the app receives says so: for this long a review
 * may still see the tags as they were. A release tagged in that minute is then not yet seen, so an
 * error on interface it shipped may become a notice for that minute (as if the tag came a minute
 * later); a deleted tag may still be compared with (its errors then stand). A push to the base
 * branch is a new tip, looked up afresh. Long enough for a burst of pull requests to share one
 * lookup even when a busy queue starts their reviews over many seconds.
 */
export const RELEASE_REUSE_MS = 60_000;

/** Base tips remembered at once (each is one small answer). */
const MAX_TIPS = 200;

/**
 * One process's release lookups by base tip (src/app/release/find-last-release.ts
 * `findBaseRelease`): the pull requests of one base tip share one request in flight, and its
 * answer for RELEASE_REUSE_MS. A failed lookup is forgotten at once: the reviews waiting on it
 * decide for themselves (review-against-release.ts), and the next review asks again.
 */
export interface SharedReleases {
  find(key: string, lookup: () => Promise<LastRelease>): Promise<LastRelease>;
}

export function createSharedReleases({
  reuseMs = RELEASE_REUSE_MS,
  now = Date.now,
}: { reuseMs?: number; now?: () => number } = {}): SharedReleases {
  const tips = new Map<string, { since: number; found: Promise<LastRelease> }>();
  return {
    find(key, lookup) {
      const known = tips.get(key);
      // from when the request was made: the answer is at least as fresh as that
      if (known && now() - known.since < reuseMs) return known.found;
      const entry = { since: now(), found: lookup() };
      tips.delete(key);
      tips.set(key, entry);
      if (tips.size > MAX_TIPS) tips.delete(tips.keys().next().value!);
      entry.found.catch(() => {
        if (tips.get(key) === entry) tips.delete(key);
      });
      return entry.found;
    },
  };
}

/**
 * What a base tip's lookup depends on: the installation (what its token may read), the repository,
 * the base branch (named in the answer) and its tip, and the search (`compare.tags`, release
 * candidates left out, the newest tag elsewhere wanted).
 */
export function releaseKey(
  installation: number | undefined,
  target: { owner: string; repo: string; base: { ref: string; sha: string } },
  search: { pattern: string; exclude?: RegExp; newest: boolean },
): string {
  return JSON.stringify([
    installation ?? null,
    target.owner,
    target.repo,
    target.base.ref,
    target.base.sha,
    search.pattern,
    search.exclude?.source ?? null,
    search.newest,
  ]);
}
