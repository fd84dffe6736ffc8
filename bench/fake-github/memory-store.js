// @ts-check
import { createHash } from "node:crypto";

/**
 * The repository data the fake GitHub serves, behind a small async interface so another backing
 * (real git repositories, issue 7) can replace this in-memory one.
 *
 * @typedef {object} PullData
 * @property {number} number
 * @property {string} title
 * @property {string} body
 * @property {{ ref: string, sha: string }} base  base.sha is the merge base
 * @property {{ ref: string, sha: string }} head
 * @property {string[]} labels
 *
 * @typedef {object} CommitData
 * @property {string[]} parents
 * @property {string} committedDate  ISO 8601
 *
 * @typedef {object} TagData
 * @property {string} name  `v1.4.0`
 * @property {string} commit  the commit it names
 * @property {{ oid: string, message: string }} [annotation]  an annotated tag's tag object
 *
 * @typedef {object} RepoStore
 * @property {(owner: string, repo: string) => Promise<{ defaultBranch: string, headOf: (branch: string) => string | undefined } | undefined>} repository
 * @property {(owner: string, repo: string, sha: string) => Promise<Record<string, string> | undefined>} tree  path → text at a commit
 * @property {(owner: string, repo: string, number: number) => Promise<PullData | undefined>} pull
 * @property {(owner: string, repo: string, sha: string) => Promise<CommitData | undefined>} commit  undefined: no such commit
 * @property {(owner: string, repo: string) => Promise<TagData[]>} tags
 *
 * @typedef {object} MemoryRepo
 * @property {string} [defaultBranch]  defaults to "main"
 * @property {Record<string, string>} branches  branch → commit sha
 * @property {Record<string, Record<string, string>>} commits  sha → tree (path → text)
 * @property {Record<string, string[]>} [parents]  sha → parent shas; a commit not listed is a root
 * @property {Record<string, string>} [dates]  sha → committed date; by default one hour per generation from 2026-01-01
 * @property {Record<string, string | { commit: string, message: string }>} [tags]  name → commit (lightweight) or an annotated tag
 * @property {PullData[]} [pulls]
 */

/**
 * @param {Record<string, MemoryRepo>} repos  keyed by "owner/name"
 * @returns {RepoStore & { repos: Record<string, MemoryRepo> }}
 */
export function memoryStore(repos) {
  const get = (/** @type {string} */ owner, /** @type {string} */ repo) => repos[`${owner}/${repo}`];
  return {
    repos,
    async repository(owner, repo) {
      const r = get(owner, repo);
      return r && { defaultBranch: r.defaultBranch ?? "main", headOf: (branch) => own(r.branches, branch) };
    },
    async tree(owner, repo, sha) {
      const r = get(owner, repo);
      return r && own(r.commits, sha);
    },
    async pull(owner, repo, number) {
      return get(owner, repo)?.pulls?.find((p) => p.number === number);
    },
    async commit(owner, repo, sha) {
      const r = get(owner, repo);
      if (!r || !own(r.commits, sha)) return undefined;
      return {
        parents: own(r.parents ?? {}, sha) ?? [],
        committedDate: own(r.dates ?? {}, sha) ?? generationDate(r, sha),
      };
    },
    async tags(owner, repo) {
      const r = get(owner, repo);
      return Object.entries(r?.tags ?? {}).map(([name, t]) =>
        typeof t === "string"
          ? { name, commit: t }
          : {
              name,
              commit: t.commit,
              annotation: {
                oid: createHash("sha1").update(`tag ${name}\n${t.message}`).digest("hex"),
                message: t.message,
              },
            },
      );
    },
  };
}

/** A plain object's own entry (never `constructor` and friends). @template T @param {Record<string, T>} o @param {string} k */
function own(o, k) {
  return Object.hasOwn(o, k) ? o[k] : undefined;
}

/** Newer generations commit later: one hour per step from the deepest root. @param {MemoryRepo} r @param {string} sha */
function generationDate(r, sha) {
  /** @type {(s: string, seen: Set<string>) => number} */
  const depth = (s, seen) => {
    const ps = (own(r.parents ?? {}, s) ?? []).filter((p) => !seen.has(p));
    return ps.length === 0 ? 0 : 1 + Math.max(...ps.map((p) => depth(p, new Set([...seen, s]))));
  };
  return new Date(Date.UTC(2026, 0, 1) + depth(sha, new Set()) * 3600_000).toISOString();
}
