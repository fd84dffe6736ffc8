import type { GraphqlSource } from "../../../bench/fake-github/graphql.js";

const OWNER = "Codertocat";
const NAME = "Hello-World";
const DEFAULT_BRANCH = "master";
const CONFIG = ".github/impactgate.yml";

/**
 * What the test's GitHub holds, as facts: files at refs, the config on the default branch (and in
 * the organisation's `.github` repository), check runs per head, the pull request's comments.
 * A file nobody declared does not exist. Any ref is a commit.
 */
export function graphqlState() {
  const state = {
    config: null as string | null,
    orgConfig: null as string | null,
    files: new Map<string, string>(),
    checkRuns: new Map<string, object[]>(),
    comments: [] as object[],
    source: undefined as unknown as GraphqlSource,
  };
  const known = (owner: string, name: string) => owner === OWNER && (name === NAME || (name === ".github" && state.orgConfig !== null));
  state.source = {
    async repository(owner, name) {
      return known(owner, name) ? { defaultBranch: DEFAULT_BRANCH } : undefined;
    },
    async revParse(owner, name, rev) {
      return known(owner, name) ? rev : undefined;
    },
    async file(owner, name, rev, path) {
      if (!known(owner, name)) return undefined;
      if (path === CONFIG && rev === DEFAULT_BRANCH) return (name === NAME ? state.config : state.orgConfig) ?? undefined;
      return name === NAME ? state.files.get(`${rev}:${path}`) : undefined;
    },
    async isCommit(owner, name) {
      return known(owner, name);
    },
    async checkRuns(owner, name, headSha) {
      return (state.checkRuns.get(headSha) ?? []).map((r) => ({ status: "completed", conclusion: "success", output: {}, ...(r as object) })) as Awaited<ReturnType<GraphqlSource["checkRuns"]>>;
    },
    async comments(owner, name) {
      return known(owner, name) ? (state.comments as Awaited<ReturnType<GraphqlSource["comments"]>>) : undefined;
    },
  };
  return state;
}
