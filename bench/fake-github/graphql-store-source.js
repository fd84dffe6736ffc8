// @ts-check
import { compareCommits, resolveRev } from "./commit-graph.js";

/**
 * The GraphQL endpoint's view of the fake: repository data from the RepoStore, check runs and
 * comments from what the app wrote through REST, so a write is read back as GitHub would.
 * @param {import("./memory-store.js").RepoStore} store
 * @param {import("./routes.js").State} state
 * @returns {import("./graphql.js").GraphqlSource}
 */
export function storeSource(store, state) {
  /** A branch's head, or the rev itself (an oid); undefined when the repository is absent. @param {string} owner @param {string} name @param {string} rev */
  const shaOf = async (owner, name, rev) => {
    const repo = await store.repository(owner, name);
    if (!repo) return undefined;
    return (await resolveRev(store, owner, name, rev)) ?? rev; // else an oid the tree lookup decides on
  };
  /** @param {string} owner @param {string} name @param {string} rev */
  const treeAt = async (owner, name, rev) => {
    const sha = await shaOf(owner, name, rev);
    return sha === undefined ? undefined : { sha, tree: await store.tree(owner, name, sha) };
  };
  return {
    async repository(owner, name) {
      const repo = await store.repository(owner, name);
      return repo && { defaultBranch: repo.defaultBranch };
    },
    async revParse(owner, name, rev) {
      const at = await treeAt(owner, name, rev);
      return at?.tree ? at.sha : undefined;
    },
    async file(owner, name, rev, path) {
      const tree = (await treeAt(owner, name, rev))?.tree;
      return tree && Object.hasOwn(tree, path) ? tree[path] : undefined;
    },
    async isCommit(owner, name, oid) {
      return (await store.repository(owner, name)) !== undefined && (await store.tree(owner, name, oid)) !== undefined;
    },
    async checkRuns(owner, name, headSha) {
      return state.checkRuns.filter((r) => r.owner === owner && r.repo === name && r.head_sha === headSha).reverse();
    },
    async tags(owner, name) {
      const tags = await store.tags(owner, name);
      return Promise.all(
        tags.map(async (t) => ({
          name: `refs/tags/${t.name}`,
          commit: t.commit,
          committedDate: (await store.commit(owner, name, t.commit))?.committedDate ?? "",
          ...(t.annotation ? { annotation: t.annotation } : {}),
        })),
      );
    },
    async compare(owner, name, base, headRef) {
      const head = await resolveRev(store, owner, name, headRef);
      if (head === undefined) return undefined;
      const c = await compareCommits((sha) => store.commit(owner, name, sha), base, head);
      return c ? { status: c.status, aheadBy: c.aheadBy, behindBy: c.behindBy, head } : null;
    },
    async comments(owner, name, number) {
      if (!(await store.pull(owner, name, number))) return undefined;
      return state.comments.filter((c) => c.owner === owner && c.repo === name && c.issue === number);
    },
  };
}
