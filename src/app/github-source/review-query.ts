/**
 * The review's one GraphQL request and its answer: the config on the default branch (and the
 * organisation's fallback) read by Probot's rule, the `impactgate` check run on the head with its
 * known findings, the first 100 comments, and up to 50 file versions.
 */
import { CHECK_NAME } from "../report/check-run.js";
import { CONFIG_PATH } from "../security/config-trust.js";
import { blobAliases } from "./contents.js";
import { decodeKnown } from "../known/known-findings.js";
import { parse } from "yaml";
import { MAX_CONFIG_CHARS } from "../../config/load.js";
import type { Octokit } from "../octokit.js";
import type { BlobNode, BlobRequest } from "./contents.js";
import type { RepoRef } from "../known/known-findings.js";
import type { CachedRun } from "../known/review-cache.js";
import type { IssueComment } from "../report/sticky-comment.js";

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

/**
 * A config file's text; null when there is none; "unreadable" when GraphQL gave no text (binary);
 * "too-large" when it truncated the text (its cut is far above the 32 KiB limit); "symlink" when
 * the path is a symbolic link (GraphQL then gives the link's target path as the text).
 */
export type ConfigText = string | null | "unreadable" | "too-large" | "symlink";

/** git's mode for a symbolic link, as GraphQL's `TreeEntry.mode` gives it. */
const SYMLINK_MODE = 0o120000;

/** The review query's answer, in the shapes the gate already uses. */
export interface ReviewAnswer {
  config: { own: ConfigText; org: ConfigText };
  /** The newest `impactgate` run on the head; "unknown" when the head has more check suites than one page. */
  checkRun: CachedRun | undefined | "unknown";
  /** The pull request's comments; undefined when there are more than one page (list them over REST). */
  comments: IssueComment[] | undefined;
  /** The file versions, in the order asked. */
  blobs: (BlobNode | null)[];
}

type Connection<T> = { pageInfo?: { hasNextPage?: boolean }; nodes?: (T | null)[] | null } | null | undefined;
interface RunNode {
  databaseId: number;
  name: string;
  text?: string | null;
}
interface CommentNode {
  fullDatabaseId: string | number;
  body?: string | null;
  viewerDidAuthor?: boolean;
  author?: { login: string; __typename?: string } | null;
}

/** `where` is whose check run it is (its known-findings record is sealed for that repository). */
export function readAnswer(raw: RawAnswer, blobCount: number, where: RepoRef, headSha?: string): ReviewAnswer {
  const repo = raw.repository ?? {};
  return {
    config: { own: configText(repo.defaultBranchRef), org: configText(raw.org?.defaultBranchRef) },
    checkRun: checkRunOf(
      repo.head as { checkSuites?: Connection<{ checkRuns?: Connection<RunNode> }> } | null | undefined,
      where,
      headSha,
    ),
    comments: commentsOf((repo.pullRequest as { comments?: Connection<CommentNode> } | null | undefined)?.comments),
    blobs: Array.from({ length: blobCount }, (_, i) => (repo[`f${i}`] as BlobNode | null | undefined) ?? null),
  };
}

function configText(ref: unknown): ConfigText {
  const file = (
    ref as
      | {
          target?: {
            file?: { mode?: number; object?: { text?: string | null; isTruncated?: boolean } | null } | null;
          };
        }
      | null
      | undefined
  )?.target?.file;
  const blob = file?.object;
  if (!blob) return null;
  if (file.mode === SYMLINK_MODE) return "symlink";
  if (blob.isTruncated) return "too-large";
  return typeof blob.text !== "string" ? "unreadable" : blob.text;
}

function checkRunOf(
  head: { checkSuites?: Connection<{ checkRuns?: Connection<RunNode> }> } | null | undefined,
  repo: RepoRef,
  headSha: string | undefined,
): ReviewAnswer["checkRun"] {
  const suites = head?.checkSuites;
  const runs = (suites?.nodes ?? [])
    .flatMap((s) => s?.checkRuns?.nodes ?? [])
    .filter((r): r is RunNode => r?.name === CHECK_NAME);
  if (runs.length === 0) return suites?.pageInfo?.hasNextPage ? "unknown" : undefined;
  const newest = runs.reduce((a, b) => (b.databaseId > a.databaseId ? b : a));
  const known = decodeKnown(newest.text ?? undefined, repo);
  return { checkRunId: newest.databaseId, known: known && (!headSha || known.headSha === headSha) ? known : undefined };
}

function commentsOf(comments: Connection<CommentNode>): IssueComment[] | undefined {
  if (comments?.pageInfo?.hasNextPage) return undefined;
  return (comments?.nodes ?? []).flatMap((c) =>
    c
      ? [
          {
            id: Number(c.fullDatabaseId),
            body: c.body ?? null,
            user: c.author ? { login: c.author.login, type: c.author.__typename === "Bot" ? "Bot" : "User" } : null,
            mine: c.viewerDidAuthor === true,
          },
        ]
      : [],
  );
}

/**
 * Probot's config rule, from the texts the review query read: the repository's own file, else the
 * organisation's (`<owner>/.github`). A file that `_extends` another, or that GraphQL truncated,
 * is read the Probot way (`readConfig`, a few REST requests) so the semantics stay exactly Probot's.
 * `path` names the file in errors.
 */
export function configFromAnswer(
  texts: { own: ConfigText; org: ConfigText },
  readConfig: () => Promise<unknown>,
  path: string = CONFIG_PATH,
): () => Promise<unknown> {
  return async () => {
    const text = texts.own ?? texts.org;
    if (text === null) return null;
    if (text === "unreadable") return readConfig();
    // Fail closed: either of these used to end in the defaults or in Probot reading any size.
    if (text === "symlink")
      throw new Error(`${path} is a symbolic link; the config must be a regular file on the default branch`);
    if (text === "too-large" || text.length > MAX_CONFIG_CHARS)
      throw new Error(`${path} is larger than ${MAX_CONFIG_CHARS / 1024} KiB, the most a config file may be`);
    const parsed: unknown = parse(text);
    const extendsAnother = typeof parsed === "object" && parsed !== null && "_extends" in parsed;
    return extendsAnother ? readConfig() : (parsed ?? null);
  };
}
