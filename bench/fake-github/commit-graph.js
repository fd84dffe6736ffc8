// @ts-check
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
export async function reachable(commit, sha) {
  const seen = new Set([sha]);
  const order = [sha];
  for (let i = 0; i < order.length; i++)
    for (const p of (await commit(order[i]))?.parents ?? [])
      if (!seen.has(p)) {
        seen.add(p);
        order.push(p);
      }
  return order;
}

/**
 * `base...head` as GitHub compares it; undefined when the two share no history (GitHub's
 * "No common ancestor" 404). The merge base is git's best common ancestor: one that no other
 * common ancestor descends from.
 * @param {CommitLookup} commit @param {string} base @param {string} head
 * @returns {Promise<Comparison | undefined>}
 */
export async function compareCommits(commit, base, head) {
  const fromBase = await reachable(commit, base);
  const fromHead = await reachable(commit, head);
  const inBase = new Set(fromBase);
  const inHead = new Set(fromHead);
  const common = fromHead.filter((c) => inBase.has(c));
  if (common.length === 0) return undefined;
  // the first common ancestor the head's walk meets that no other common ancestor reaches
  const below = new Set();
  for (const c of common) for (const a of (await reachable(commit, c)).slice(1)) below.add(a);
  const mergeBase = /** @type {string} */ (common.find((c) => !below.has(c)));
  const ahead = fromHead.filter((c) => !inBase.has(c)).reverse();
  const behindBy = fromBase.filter((c) => !inHead.has(c)).length;
  const status =
    ahead.length === 0 && behindBy === 0
      ? "identical"
      : behindBy === 0
        ? "ahead"
        : ahead.length === 0
          ? "behind"
          : "diverged";
  return { status, aheadBy: ahead.length, behindBy, mergeBase, commits: ahead };
}

/**
 * The commit a branch, a tag or a full commit SHA names (the fake knows no abbreviated SHAs).
 * @param {import("./memory-store.js").RepoStore} store @param {string} owner @param {string} repo @param {string} rev
 * @returns {Promise<string | undefined>}
 */
export async function resolveRev(store, owner, repo, rev) {
  const r = await store.repository(owner, repo);
  if (!r) return undefined;
  const branch = r.headOf(rev);
  if (typeof branch === "string") return branch;
  const tag = (await store.tags(owner, repo)).find((t) => t.name === rev);
  if (tag) return tag.commit;
  return /^[0-9a-f]{40}$/.test(rev) && (await store.commit(owner, repo, rev)) ? rev : undefined;
}
