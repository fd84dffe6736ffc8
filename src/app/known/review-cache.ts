import type { KnownFindings } from "./known-findings.js";
import type { Config } from "../../config/types.js";
import { createSharedReleases } from "../release/shared-releases.js";
import type { SharedReleases } from "../release/shared-releases.js";

/** What one process remembers about the `impactgate` check run of a head SHA. */
export interface CachedRun {
  checkRunId: number;
  known?: KnownFindings;
}

export interface ReviewCache {
  get(key: string): CachedRun | undefined;
  set(key: string, value: CachedRun): void;
  /** The config an `owner/repo` had at its last review: it predicts which files to prefetch. */
  lastConfig?(repo: string): Config | undefined;
  rememberConfig?(repo: string, config: Config): void;
  /** Release lookups by base tip, shared by that tip's pull requests (compare.unreleased, compare.against). */
  releases?: SharedReleases;
}

/** `owner/repo@headSha#configHash`: findings depend on nothing else that an event can change. */
export function cacheKey(repo: { owner: string; repo: string }, headSha: string, configHash: string): string {
  return `${repo.owner}/${repo.repo}@${headSha}#${configHash}`;
}

/**
 * A small LRU (Map keeps insertion order): the per-process shortcut. Other replicas and restarts
 * read the same facts back from the check run (see read-known.ts).
 */
export function createReviewCache(max = 500): ReviewCache {
  const map = new Map<string, CachedRun>();
  const configs = new Map<string, Config>();
  return {
    releases: createSharedReleases(),
    lastConfig: (repo) => configs.get(repo),
    rememberConfig(repo, config) {
      configs.delete(repo);
      configs.set(repo, config);
      if (configs.size > max) configs.delete(configs.keys().next().value!);
    },
    get(key) {
      const hit = map.get(key);
      if (hit) {
        map.delete(key);
        map.set(key, hit);
      }
      return hit;
    },
    set(key, value) {
      map.delete(key);
      map.set(key, value);
      if (map.size > max) map.delete(map.keys().next().value!);
    },
  };
}
