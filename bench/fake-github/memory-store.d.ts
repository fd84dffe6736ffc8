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
export function memoryStore(repos: Record<string, MemoryRepo>): RepoStore & {
  repos: Record<string, MemoryRepo>;
};
/**
 * The repository data the fake GitHub serves, behind a small async interface so another backing
 * (real git repositories, issue 7) can replace this in-memory one.
 */
export type PullData = {
  number: number;
  title: string;
  body: string;
  /**
   * base.sha is the merge base
   */
  base: {
    ref: string;
    sha: string;
  };
  head: {
    ref: string;
    sha: string;
  };
  labels: string[];
};
/**
 * The repository data the fake GitHub serves, behind a small async interface so another backing
 * (real git repositories, issue 7) can replace this in-memory one.
 */
export type RepoStore = {
  repository: (
    owner: string,
    repo: string,
  ) => Promise<
    | {
        defaultBranch: string;
        headOf: (branch: string) => string | undefined;
      }
    | undefined
  >;
  /**
   * path → text at a commit
   */
  tree: (owner: string, repo: string, sha: string) => Promise<Record<string, string> | undefined>;
  pull: (owner: string, repo: string, number: number) => Promise<PullData | undefined>;
};
/**
 * The repository data the fake GitHub serves, behind a small async interface so another backing
 * (real git repositories, issue 7) can replace this in-memory one.
 */
export type MemoryRepo = {
  /**
   * defaults to "main"
   */
  defaultBranch?: string | undefined;
  /**
   * branch → commit sha
   */
  branches: Record<string, string>;
  /**
   * sha → tree (path → text)
   */
  commits: Record<string, Record<string, string>>;
  pulls?: PullData[] | undefined;
};
