import { CHECK_NAME } from "../report/check-run.js";
import { CONFIG_PATH } from "../security/config-text.js";
import type { Octokit } from "../octokit.js";
import type { BlobRequest } from "./content-fetcher.js";
import { blobAliases, type BlobNode } from "./blob-node.js";
import { readAnswer, type ReviewAnswer } from "./review-answer.js";

/** What one review asks GitHub for in its single GraphQL request. */
export interface ReviewQuestion {
  owner: string;
  repo: string;
  number: number;
  headSha: string;
  /** File versions (the change's files, the manifests above them); at most BLOBS_PER_QUERY. */
  blobs: BlobRequest[];
  /** The config file on the default branch; `.github/impactgate.yml` unless the Action's `config` input says otherwise. */
  configPath?: string;
}

/**
 * One GraphQL request for everything a review reads besides the file list: the config on the
 * default branch and the organisation-wide fallback (`<owner>/.github`, Probot's rule), the
 * `impactgate` check run already on the head, the pull request's first 100 comments (the sticky
 * comment and its ack record), and up to 50 file versions. Paths travel as variables, never in
 * the query text. A missing `<owner>/.github` repository is GitHub's NOT_FOUND error on `org`,
 * with the rest of the answer intact.
 */
export async function queryReview(octokit: Octokit, q: ReviewQuestion): Promise<ReviewAnswer> {
  const { declarations: vars, fields: blobs, variables: blobVariables } = blobAliases(q.blobs);
  const configFile = `defaultBranchRef { target { ... on Commit { file(path: $config) { mode object { ... on Blob { text isTruncated } } } } } }`;
  // Comment ids passed 2^31 long ago: GraphQL's Int `databaseId` cannot carry them, `fullDatabaseId` (BigInt, a string) can.
  const query = `query ($owner: String!, $name: String!, $number: Int!, $head: GitObjectID!, $config: String!${vars}) {
  repository(owner: $owner, name: $name) {
    ${configFile}
    pullRequest(number: $number) {
      comments(first: 100) { pageInfo { hasNextPage } nodes { fullDatabaseId body viewerDidAuthor author { login __typename } } }
    }
    head: object(oid: $head) {
      ... on Commit {
        checkSuites(first: 20, filterBy: { checkName: "${CHECK_NAME}" }) {
          pageInfo { hasNextPage }
          nodes { checkRuns(first: 1, filterBy: { checkName: "${CHECK_NAME}", checkType: LATEST }) { nodes { databaseId name text } } }
        }
      }
    }${blobs}
  }
  org: repository(owner: $owner, name: ".github") { ${configFile} }
}`;
  const variables: Record<string, string | number> = {
    owner: q.owner,
    name: q.repo,
    number: q.number,
    head: q.headSha,
    config: q.configPath ?? CONFIG_PATH,
    ...blobVariables,
  };
  return readAnswer(await answerOf(octokit, query, variables), q.blobs.length, q, q.headSha);
}

/** The data, also when GitHub's only complaint is the missing organisation `.github` repository. */
async function answerOf(
  octokit: Octokit,
  query: string,
  variables: Record<string, string | number>,
): Promise<RawAnswer> {
  try {
    return await octokit.graphql<RawAnswer>(query, variables);
  } catch (err) {
    const e = err as { errors?: { type?: string; path?: (string | number)[] }[]; data?: RawAnswer };
    const onlyOrgMissing =
      e.data?.repository && e.errors?.every((x) => x.type === "NOT_FOUND" && x.path?.[0] === "org");
    if (onlyOrgMissing) return { ...e.data!, org: null };
    throw err;
  }
}

export interface RawAnswer {
  repository: (Record<string, unknown> & { head?: unknown; pullRequest?: unknown; defaultBranchRef?: unknown }) | null;
  org: { defaultBranchRef?: unknown } | null;
}

export type { BlobNode };
