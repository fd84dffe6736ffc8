import { CHECK_NAME } from "../report/check-run.js";
import { decodeKnown } from "../known/known-findings.js";
import type { RepoRef } from "../known/known-findings.js";
import type { CachedRun } from "../known/review-cache.js";
import type { IssueComment } from "../report/sticky-comment.js";
import type { BlobNode } from "./blob-node.js";
import type { RawAnswer } from "./review-query.js";

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
