import { source, type Facts } from "../../helpers/fake-graphql.js";
import type { GraphqlCheckRun, GraphqlComment } from "../../../bench/fake-github/graphql.js";

/**
 * What the test's GitHub holds for `Codertocat/Hello-World` (default branch `master`), as facts the
 * test declares and the app's writes change: files at refs, the config (and the organisation's),
 * check runs per head, the pull request's comments. A file nobody declared does not exist.
 */
export function graphqlState() {
  const facts: Facts & {
    files: Record<string, string>;
    runs: Record<string, GraphqlCheckRun[]>;
    comments: GraphqlComment[];
  } = { files: {}, runs: {}, comments: [] };
  return {
    facts,
    source: source(facts, { owner: "Codertocat", name: "Hello-World", defaultBranch: "master" }),
    /** The repository's own config and the organisation's `.github` one (null: that repository has none). */
    setConfig(own: string | null, org: string | null) {
      facts.config = own ?? undefined;
      facts.orgConfig = org ?? undefined;
    },
    /** Runs as REST lists them; completed with success unless they say otherwise. */
    setCheckRuns(headSha: string, runs: object[]) {
      facts.runs[headSha] = runs.map(
        (r) => ({ status: "completed", conclusion: "success", output: {}, ...r }) as GraphqlCheckRun,
      );
    },
    setComments(comments: object[]) {
      facts.comments = comments as GraphqlComment[];
    },
  };
}
