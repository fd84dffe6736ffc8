import nock from "nock";
import {
  executeGraphql,
  type GraphqlCheckRun,
  type GraphqlComment,
  type GraphqlSource,
} from "../../bench/fake-github/graphql.js";

export const OWNER = "acme";
export const NAME = "lib";

/** What a small GitHub holds: files at `<ref>:<path>`, config on `main`, runs per head, the PR's comments. */
export interface Facts {
  files?: Record<string, string>;
  /** `.github/impactgate.yml` on the default branch; absent: none. */
  config?: string;
  /** The organisation's `acme/.github` repository's config; undefined: no such repository. */
  orgConfig?: string | null;
  runs?: Record<string, GraphqlCheckRun[]>;
  /** Oldest first; a key set to undefined: no such pull request; absent: none. */
  comments?: GraphqlComment[] | undefined;
}

/**
 * A GraphqlSource answering from `facts`, read at each request (tests may change them between
 * reviews): any rev is a commit of `owner/name` (default `acme/lib`, default branch `main`).
 */
export function source(facts: Facts, repo = { owner: OWNER, name: NAME, defaultBranch: "main" }): GraphqlSource {
  const known = (owner: string, name: string) =>
    owner === repo.owner && (name === repo.name || (name === ".github" && facts.orgConfig !== undefined));
  return {
    repository: async (owner, name) => (known(owner, name) ? { defaultBranch: repo.defaultBranch } : undefined),
    revParse: async (owner, name, rev) => (known(owner, name) ? rev : undefined),
    async file(owner, name, rev, path) {
      if (!known(owner, name)) return undefined;
      if (path === ".github/impactgate.yml" && rev === repo.defaultBranch)
        return (name === repo.name ? facts.config : facts.orgConfig) ?? undefined;
      return name === repo.name ? facts.files?.[`${rev}:${path}`] : undefined;
    },
    isCommit: async (owner, name) => known(owner, name),
    checkRuns: async (_o, _n, headSha) => facts.runs?.[headSha] ?? [],
    comments: async (owner, name) => (!known(owner, name) ? undefined : "comments" in facts ? facts.comments : []),
  };
}

/** The GraphQL endpoint, answered by GitHub's real schema from `src`; returns the requests it saw. */
export function serveGraphql(src: GraphqlSource, times = 1, options: { blobTextLimit?: number } = {}) {
  const seen: { query: string; variables: Record<string, unknown> }[] = [];
  nock("https://api.github.com")
    .post("/graphql")
    .times(times)
    .reply(200, async (req: Request) => {
      const body = JSON.parse(await req.text()) as { query: string; variables: Record<string, unknown> };
      seen.push(body);
      return (await executeGraphql(src, body, options)) as nock.Body;
    });
  return seen;
}
