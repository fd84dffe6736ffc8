/** A check run as the fake's write state holds it (REST's lower-case status and conclusion). */
export interface GraphqlCheckRun {
  id: number;
  name: string;
  /** queued, in_progress, completed */
  status: string;
  /** success, failure, action_required… or null while not completed */
  conclusion: string | null;
  output: { title?: string; summary?: string; text?: string };
}

/** An issue comment as REST gives it. */
export interface GraphqlComment {
  id: number;
  body: string;
  /** REST's user: an app is `impactgate[bot]` with type "Bot" (GraphQL shows it as Bot `impactgate`). */
  user: { login: string; type: string };
}

/** A tag as `Repository.refs` lists it. */
export interface GraphqlTag {
  /** Full name: `refs/tags/v1.4.0`. */
  name: string;
  /** The commit it names. */
  commit: string;
  /** The commit's date (ISO 8601): `TAG_COMMIT_DATE` orders by it. */
  committedDate: string;
  /** An annotated tag's tag object; absent for a lightweight tag. */
  annotation?: { oid: string; message: string };
}

/** How `headRef` stands to a base commit (`Ref.compare`). */
export interface GraphqlComparison {
  status: "ahead" | "behind" | "diverged" | "identical";
  aheadBy: number;
  behindBy: number;
  /** The commit `headRef` resolved to. */
  head: string;
}

/**
 * What the GraphQL endpoint reads. routes.js builds one from the RepoStore and the write state
 * (graphql-store-source.js); any other backing only has to answer these.
 */
export interface GraphqlSource {
  /** undefined: no such repository (the query gets null and a NOT_FOUND error). */
  repository(owner: string, name: string): Promise<{ defaultBranch: string } | undefined>;
  /** The commit oid a branch name or a commit oid names; undefined when it names none. */
  revParse(owner: string, name: string, rev: string): Promise<string | undefined>;
  /** A file's text at `rev` (a commit oid or a branch name); undefined when absent or a directory. */
  file(owner: string, name: string, rev: string, path: string): Promise<string | undefined>;
  isCommit(owner: string, name: string, oid: string): Promise<boolean>;
  /** Every check run on the commit, newest first. */
  checkRuns(owner: string, name: string, headSha: string): Promise<GraphqlCheckRun[]>;
  /** The pull request's issue comments, oldest first; undefined when the pull request does not exist. */
  comments(owner: string, name: string, number: number): Promise<GraphqlComment[] | undefined>;
  /** The repository's tags; absent: none. */
  tags?(owner: string, name: string): Promise<GraphqlTag[]>;
  /** `base...headRef`: undefined when headRef names nothing, null when the histories share no commit. */
  compare?(owner: string, name: string, base: string, headRef: string): Promise<GraphqlComparison | null | undefined>;
}

export interface GraphqlRequest {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

/** An error as GitHub shapes it. */
export interface GraphqlError {
  /** On execution errors GitHub classifies: NOT_FOUND, EXCESSIVE_PAGINATION, MISSING_PAGINATION_BOUNDARIES… */
  type?: string;
  path?: (string | number)[];
  /** On validation errors, e.g. `{ code: "undefinedField", typeName, fieldName }`. */
  extensions?: Record<string, unknown>;
  locations?: { line: number; column: number }[];
  message: string;
}

/** `data` is absent when the query did not validate (GitHub answers those with errors only). */
export interface GraphqlResponse {
  data?: Record<string, unknown> | null;
  errors?: GraphqlError[];
}

export interface GraphqlOptions {
  /** The REST login whose comments `viewerDidAuthor` marks; default `impactgate[bot]`. */
  viewerLogin?: string;
  /** `Blob.text` is cut to this many bytes, with `isTruncated: true`; default 512 KiB. */
  blobTextLimit?: number;
}

/**
 * GitHub's real schema (@octokit/graphql-schema's SDL), built once per process, with the time the
 * package import, the build and graphql-js's schema validation took.
 */
export function githubSchema(): Promise<{
  schema: import("graphql").GraphQLSchema;
  importMs: number;
  buildMs: number;
  validateMs: number;
}>;

/**
 * Executes a GitHub GraphQL request against GitHub's own schema, answering from `source`, shaped
 * like GitHub's response: partial `data` plus `errors` when fields fail (a missing repository or
 * pull request is null with a NOT_FOUND error; connections need `first`/`last` ≤ 100), only
 * `errors` when the query does not validate. Served: Query.repository; Repository.{id, name,
 * nameWithOwner, object(expression | oid), defaultBranchRef, ref, pullRequest}; Ref.{name, prefix,
 * target}; Commit.{oid, abbreviatedOid, file, checkSuites}; Blob.{oid, text, isBinary, isTruncated,
 * byteSize}; TreeEntry; CheckSuite.{app, status, conclusion, checkRuns}; CheckRun.{databaseId,
 * name, status, conclusion, title, summary, text}; PullRequest.{number, comments};
 * IssueComment.{databaseId, body, viewerDidAuthor, author}. `object(expression: "<rev>:<dir>")`
 * is null (the source lists no trees), `object(oid:)` finds commits only. Anything else is null,
 * or an error naming the field where null is not allowed. Never throws for a bad query.
 */
export function executeGraphql(
  source: GraphqlSource,
  request: GraphqlRequest,
  options?: GraphqlOptions,
): Promise<GraphqlResponse>;
