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
export type CommitData = {
  parents: string[];
  /**
   * ISO 8601
   */
  committedDate: string;
};
/**
 * The repository data the fake GitHub serves, behind a small async interface so another backing
 * (real git repositories, issue 7) can replace this in-memory one.
 */
export type TagData = {
  /**
   * `v1.4.0`
   */
  name: string;
  /**
   * the commit it names
   */
  commit: string;
  /**
   * an annotated tag's tag object
   */
  annotation?:
    | {
        oid: string;
        message: string;
      }
    | undefined;
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
  /**
   * undefined: no such commit
   */
  commit: (owner: string, repo: string, sha: string) => Promise<CommitData | undefined>;
  tags: (owner: string, repo: string) => Promise<TagData[]>;
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
  /**
   * sha → parent shas; a commit not listed is a root
   */
  parents?: Record<string, string[]> | undefined;
  /**
   * sha → committed date; by default one hour per generation from 2026-01-01
   */
  dates?: Record<string, string> | undefined;
  /**
   * name → commit (lightweight) or an annotated tag
   */
  tags?:
    | Record<
        string,
        | string
        | {
            commit: string;
            message: string;
          }
      >
    | undefined;
  pulls?: PullData[] | undefined;
};
