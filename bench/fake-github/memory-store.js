// @ts-check
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
 * @typedef {object} RepoStore
 * @property {(owner: string, repo: string) => Promise<{ defaultBranch: string, headOf: (branch: string) => string | undefined } | undefined>} repository
 * @property {(owner: string, repo: string, sha: string) => Promise<Record<string, string> | undefined>} tree  path → text at a commit
 * @property {(owner: string, repo: string, number: number) => Promise<PullData | undefined>} pull
 *
 * @typedef {object} MemoryRepo
 * @property {string} [defaultBranch]  defaults to "main"
 * @property {Record<string, string>} branches  branch → commit sha
 * @property {Record<string, Record<string, string>>} commits  sha → tree (path → text)
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
      return r && { defaultBranch: r.defaultBranch ?? "main", headOf: (branch) => r.branches[branch] };
    },
    async tree(owner, repo, sha) {
      return get(owner, repo)?.commits[sha];
    },
    async pull(owner, repo, number) {
      return get(owner, repo)?.pulls?.find((p) => p.number === number);
    },
  };
}
