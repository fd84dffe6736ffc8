/**
 * Commit ancestry as git (and so GitHub) computes it, over a RepoStore's `commit()` lookups:
 * which commits a commit reaches, the merge base of two, and how two compare (GitHub's
 * ahead/behind/diverged/identical, the REST compare endpoint's and GraphQL's `Ref.compare`).
 *
 * @typedef {(sha: string) => Promise<{ parents: string[] } | undefined>} CommitLookup
 *
 * @typedef {object} Comparison
 * @property {"ahead" | "behind" | "diverged" | "identical"} status  how head stands to base
 * @property {number} aheadBy  commits head reaches that base does not
 * @property {number} behindBy  commits base reaches that head does not
 * @property {string} mergeBase
 * @property {string[]} commits  the ahead commits, oldest first (parents before children)
 */
/**
 * Every commit `sha` reaches, itself included, each before its parents (a breadth-first walk).
 * @param {CommitLookup} commit @param {string} sha
 * @returns {Promise<string[]>}
 */
export function reachable(commit: CommitLookup, sha: string): Promise<string[]>;
/**
 * `base...head` as GitHub compares it; undefined when the two share no history (GitHub's
 * "No common ancestor" 404). The merge base is git's best common ancestor: one that no other
 * common ancestor descends from.
 * @param {CommitLookup} commit @param {string} base @param {string} head
 * @returns {Promise<Comparison | undefined>}
 */
export function compareCommits(commit: CommitLookup, base: string, head: string): Promise<Comparison | undefined>;
/**
 * The commit a branch, a tag or a full commit SHA names (the fake knows no abbreviated SHAs).
 * @param {import("./memory-store.js").RepoStore} store @param {string} owner @param {string} repo @param {string} rev
 * @returns {Promise<string | undefined>}
 */
export function resolveRev(
  store: import("./memory-store.js").RepoStore,
  owner: string,
  repo: string,
  rev: string,
): Promise<string | undefined>;
/**
 * Commit ancestry as git (and so GitHub) computes it, over a RepoStore's `commit()` lookups:
 * which commits a commit reaches, the merge base of two, and how two compare (GitHub's
 * ahead/behind/diverged/identical, the REST compare endpoint's and GraphQL's `Ref.compare`).
 */
export type CommitLookup = (sha: string) => Promise<
  | {
      parents: string[];
    }
  | undefined
>;
/**
 * Commit ancestry as git (and so GitHub) computes it, over a RepoStore's `commit()` lookups:
 * which commits a commit reaches, the merge base of two, and how two compare (GitHub's
 * ahead/behind/diverged/identical, the REST compare endpoint's and GraphQL's `Ref.compare`).
 */
export type Comparison = {
  /**
   * how head stands to base
   */
  status: "ahead" | "behind" | "diverged" | "identical";
  /**
   * commits head reaches that base does not
   */
  aheadBy: number;
  /**
   * commits base reaches that head does not
   */
  behindBy: number;
  mergeBase: string;
  /**
   * the ahead commits, oldest first (parents before children)
   */
  commits: string[];
};
