/**
 * The REST routes the app calls, answered from the store and the write state.
 * @param {{ store: RepoStore, state: State, baseUrl: () => string }} deps
 */
export function routes({
  store,
  state,
  baseUrl,
}: {
  store: RepoStore;
  state: State;
  baseUrl: () => string;
}): import("./router.js").Route[];
export type RepoStore = import("./memory-store.js").RepoStore;
export type RequestContext = import("./router.js").RequestContext;
export type Reply = import("./router.js").Reply;
export type CheckRun = {
  id: number;
  owner: string;
  repo: string;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  output: {
    title?: string;
    summary?: string;
    text?: string;
  };
  /**
   * every annotation sent, across create and updates
   */
  annotations: object[];
};
export type Comment = {
  id: number;
  owner: string;
  repo: string;
  issue: number;
  body: string;
  user: {
    login: string;
    type: string;
  };
};
/**
 * what the app wrote: check runs, comments (labels live on the pulls)
 */
export type State = {
  checkRuns: CheckRun[];
  comments: Comment[];
  nextId: number;
};
