// @ts-check
import { createHash } from "node:crypto";
import { connection, typed } from "./graphql-connection.js";

/**
 * Resolver objects for the part of GitHub's schema the fake serves. graphql-js reads a field from
 * the object graphql.js hands it (a function is called with (args, context)), so each node is a
 * plain object; interface members (GitObject, Actor) name their type in `__typename`.
 *
 * @typedef {import("./graphql.js").GraphqlSource} GraphqlSource
 * @typedef {import("./graphql.js").GraphqlCheckRun} GraphqlCheckRun
 * @typedef {import("./graphql.js").GraphqlComment} GraphqlComment
 * @typedef {import("./graphql-connection.js").PageArgs} PageArgs
 * @typedef {{ source: GraphqlSource, viewerLogin: string, blobTextLimit: number }} Context
 * @typedef {{ owner: string, name: string }} At
 */

/** The fake's only app, as routes.js's checkRunJson names it. */
const APP = { __typename: "App", id: nodeId("App", "1"), databaseId: 1, slug: "impactgate", name: "Impactgate" };

/** Worst first: a suite's conclusion is the worst of its latest runs'. */
const CONCLUSIONS = [
  "ACTION_REQUIRED",
  "TIMED_OUT",
  "STARTUP_FAILURE",
  "FAILURE",
  "CANCELLED",
  "STALE",
  "NEUTRAL",
  "SKIPPED",
  "SUCCESS",
];

/** The Query root. */
export const queryRoot = {
  /** @param {{ owner: string, name: string }} args @param {Context} ctx */
  async repository({ owner, name }, ctx) {
    const repo = await ctx.source.repository(owner, name);
    if (!repo) throw typed("NOT_FOUND", `Could not resolve to a Repository with the name '${owner}/${name}'.`);
    return repositoryNode({ owner, name }, repo.defaultBranch);
  },
};

/** @param {At} at @param {string} defaultBranch */
function repositoryNode(at, defaultBranch) {
  return {
    __typename: "Repository",
    id: nodeId("Repository", `${at.owner}/${at.name}`),
    name: at.name,
    nameWithOwner: `${at.owner}/${at.name}`,
    /** @param {{}} _ @param {Context} ctx */
    defaultBranchRef: (_, ctx) => refNode(at, defaultBranch, ctx),
    /** A branch (`main`, `refs/heads/main`) or a tag (`refs/tags/v1.4.0`). @param {{ qualifiedName: string }} args @param {Context} ctx */
    async ref({ qualifiedName }, ctx) {
      const tag = /^refs\/tags\/(.+)$/.exec(qualifiedName);
      if (!tag) return refNode(at, qualifiedName.replace(/^refs\/heads\//, ""), ctx);
      const found = (await refList(at, "refs/tags/", ctx)).find((r) => r.name === qualifiedName);
      return found ? tagRefNode(at, "refs/tags/", found) : null;
    },
    /**
     * Tags under `refPrefix` (GitHub's names are relative to it), alphabetical unless ordered by
     * TAG_COMMIT_DATE (the commit's date, newest first with DESC). `query` keeps names containing it.
     * @param {PageArgs & { refPrefix: string, query?: string | null, orderBy?: { field: string, direction: string } | null, direction?: string | null }} args
     * @param {Context} ctx
     */
    async refs(args, ctx) {
      let list = await refList(at, args.refPrefix, ctx);
      if (args.query)
        list = list.filter((r) => r.name.slice(args.refPrefix.length).includes(/** @type {string} */ (args.query)));
      const byDate = args.orderBy?.field === "TAG_COMMIT_DATE";
      list = [...list].sort((a, b) =>
        byDate
          ? a.committedDate.localeCompare(b.committedDate) || a.name.localeCompare(b.name)
          : a.name.localeCompare(b.name),
      );
      if ((args.orderBy?.direction ?? args.direction) === "DESC") list.reverse();
      return connection(
        list.map((r) => tagRefNode(at, args.refPrefix, r)),
        args,
        "refs",
      );
    },
    /** @param {{ expression?: string | null, oid?: string | null }} args @param {Context} ctx */
    object: ({ expression, oid }, ctx) => gitObject(at, expression ?? null, oid ?? null, ctx),
    /** @param {{ number: number }} args @param {Context} ctx */
    async pullRequest({ number }, ctx) {
      const comments = await ctx.source.comments(at.owner, at.name, number);
      if (!comments) throw typed("NOT_FOUND", `Could not resolve to a PullRequest with the number of ${number}.`);
      return pullRequestNode(at, number, comments, ctx.viewerLogin);
    },
  };
}

/** @param {At} at @param {string} branch @param {Context} ctx */
async function refNode(at, branch, ctx) {
  const oid = await ctx.source.revParse(at.owner, at.name, branch);
  return oid === undefined
    ? null
    : {
        __typename: "Ref",
        id: nodeId("Ref", `${at.owner}/${at.name}:${branch}`),
        name: branch,
        prefix: "refs/heads/",
        target: commitNode(at, oid),
      };
}

/**
 * The tags the source holds under `prefix` (full names). Branches are not listed: the fake only
 * serves `refs/tags/…` here.
 * @param {At} at @param {string} prefix @param {Context} ctx
 */
async function refList(at, prefix, ctx) {
  if (!prefix.startsWith("refs/tags/"))
    throw new Error(`The fake GitHub does not serve Repository.refs under ${prefix} (tags only).`);
  const all = (await ctx.source.tags?.(at.owner, at.name)) ?? [];
  return all.filter((r) => r.name.startsWith(prefix));
}

/**
 * A tag's Ref: its target is the commit (lightweight) or the Tag object (annotated), and
 * `compare(headRef:)` compares the tagged commit as the base with a branch, tag or commit oid.
 * @param {At} at @param {string} prefix @param {import("./graphql.js").GraphqlTag} tag
 */
function tagRefNode(at, prefix, tag) {
  const commit = commitNode(at, tag.commit);
  return {
    __typename: "Ref",
    id: nodeId("Ref", `${at.owner}/${at.name}:${tag.name}`),
    name: tag.name.slice(prefix.length),
    prefix,
    target: tag.annotation
      ? {
          __typename: "Tag",
          id: nodeId("Tag", tag.annotation.oid),
          oid: tag.annotation.oid,
          abbreviatedOid: tag.annotation.oid.slice(0, 7),
          name: tag.name.slice("refs/tags/".length),
          message: tag.annotation.message,
          target: commit,
        }
      : commit,
    /**
     * null when the comparison cannot be made: histories without a common ancestor, or (with
     * GitHub's NOT_FOUND error) a head ref that names nothing.
     * @param {{ headRef: string }} args @param {Context} ctx
     */
    async compare({ headRef }, ctx) {
      const c = await ctx.source.compare?.(at.owner, at.name, tag.commit, headRef);
      if (c === undefined) throw typed("NOT_FOUND", `Could not resolve to a Ref or commit with the name '${headRef}'.`);
      if (c === null) return null;
      return {
        __typename: "Comparison",
        id: nodeId("Comparison", `${at.owner}/${at.name}:${tag.commit}...${c.head}`),
        status: c.status.toUpperCase(),
        aheadBy: c.aheadBy,
        behindBy: c.behindBy,
        baseTarget: commit,
        headTarget: commitNode(at, c.head),
      };
    },
  };
}

/**
 * `object(oid:)` finds commits only; `object(expression: "<rev>")` a commit, `"<rev>:<path>"` a
 * file's Blob. A directory (or the root, `"<rev>:"`) is null: the source lists no trees.
 * @param {At} at @param {string | null} expression @param {string | null} oid @param {Context} ctx
 */
async function gitObject(at, expression, oid, ctx) {
  if (oid !== null) return (await ctx.source.isCommit(at.owner, at.name, oid)) ? commitNode(at, oid) : null;
  if (expression === null) return null;
  const colon = expression.indexOf(":");
  if (colon < 0) {
    const sha = await ctx.source.revParse(at.owner, at.name, expression);
    return sha === undefined ? null : commitNode(at, sha);
  }
  const [rev, path] = [expression.slice(0, colon), expression.slice(colon + 1)];
  if (!rev || !path) return null;
  const text = await ctx.source.file(at.owner, at.name, rev, path);
  return text === undefined ? null : blobNode(text, ctx.blobTextLimit);
}

/** @param {At} at @param {string} oid */
function commitNode(at, oid) {
  return {
    __typename: "Commit",
    id: nodeId("Commit", `${at.owner}/${at.name}@${oid}`),
    oid,
    abbreviatedOid: oid.slice(0, 7),
    /** @param {{ path: string }} args @param {Context} ctx */
    async file({ path }, ctx) {
      const text = path ? await ctx.source.file(at.owner, at.name, oid, path) : undefined;
      return text === undefined ? null : treeEntry(path, blobNode(text, ctx.blobTextLimit));
    },
    /** @param {PageArgs & { filterBy?: { appId?: number | null, checkName?: string | null } | null }} args @param {Context} ctx */
    async checkSuites(args, ctx) {
      const runs = await ctx.source.checkRuns(at.owner, at.name, oid);
      const { appId, checkName } = args.filterBy ?? {};
      const wanted =
        runs.length > 0 &&
        (appId == null || appId === APP.databaseId) &&
        (!checkName || runs.some((r) => r.name === checkName));
      return connection(wanted ? [checkSuiteNode(at, oid, runs)] : [], args, "checkSuites");
    },
  };
}

/**
 * A Blob as GitHub gives it: the git blob oid, `text` null for binary (a NUL byte, git's test) and
 * cut at `limit` bytes (on a character boundary) with `isTruncated` for big files.
 * @param {string} text @param {number} limit
 */
function blobNode(text, limit) {
  const bytes = Buffer.from(text, "utf8");
  const oid = createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
  const isBinary = text.includes("\u0000");
  const isTruncated = !isBinary && bytes.length > limit;
  let end = limit;
  while (isTruncated && end > 0 && (bytes[end] & 0xc0) === 0x80) end--;
  return {
    __typename: "Blob",
    id: nodeId("Blob", oid),
    oid,
    abbreviatedOid: oid.slice(0, 7),
    byteSize: bytes.length,
    isBinary,
    isTruncated,
    text: isBinary ? null : isTruncated ? bytes.subarray(0, end).toString("utf8") : text,
  };
}

/** @param {string} path @param {ReturnType<typeof blobNode>} blob */
function treeEntry(path, blob) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  return {
    name,
    path,
    type: "blob",
    mode: 0o100644,
    oid: blob.oid,
    size: blob.byteSize,
    object: blob,
    isGenerated: false,
    extension: dot > 0 ? name.slice(dot) : null,
    nameRaw: Buffer.from(name).toString("base64"),
    pathRaw: Buffer.from(path).toString("base64"),
  };
}

/** One suite per commit holding all of the fake app's runs (newest first). @param {At} at @param {string} oid @param {GraphqlCheckRun[]} runs */
function checkSuiteNode(at, oid, runs) {
  const latest = latestPerName(runs);
  const done = latest.every((r) => r.status === "completed");
  const conclusions = latest.map((r) => (r.conclusion ?? "").toUpperCase());
  return {
    __typename: "CheckSuite",
    id: nodeId("CheckSuite", `${at.owner}/${at.name}@${oid}`),
    app: APP,
    status: done ? "COMPLETED" : latest.some((r) => r.status === "in_progress") ? "IN_PROGRESS" : "QUEUED",
    conclusion: done ? (CONCLUSIONS.find((c) => conclusions.includes(c)) ?? null) : null,
    /**
     * GitHub's CheckRunFilter; `checkType` defaults to LATEST (one run per name), as GitHub does.
     * @param {PageArgs & { filterBy?: { appId?: number | null, checkName?: string | null, checkType?: string | null, status?: string | null, statuses?: string[] | null, conclusions?: string[] | null } | null }} args
     */
    checkRuns(args) {
      const f = args.filterBy ?? {};
      let list = f.appId != null && f.appId !== APP.databaseId ? [] : runs;
      if (f.checkName) list = list.filter((r) => r.name === f.checkName);
      if ((f.checkType ?? "LATEST") === "LATEST") list = latestPerName(list);
      const statuses = f.statuses ?? (f.status ? [f.status] : null);
      if (statuses) list = list.filter((r) => statuses.includes(r.status.toUpperCase()));
      const wanted = f.conclusions;
      if (wanted) list = list.filter((r) => r.conclusion !== null && wanted.includes(r.conclusion.toUpperCase()));
      return connection(
        list.map((r) => checkRunNode(r)),
        args,
        "checkRuns",
      );
    },
  };
}

/** @param {GraphqlCheckRun[]} runs  newest first */
function latestPerName(runs) {
  const seen = new Set();
  return runs.filter((r) => !seen.has(r.name) && seen.add(r.name));
}

/** REST's lower-case status and conclusion become GraphQL enum values. @param {GraphqlCheckRun} run */
function checkRunNode(run) {
  return {
    __typename: "CheckRun",
    id: nodeId("CheckRun", String(run.id)),
    databaseId: run.id,
    name: run.name,
    status: run.status.toUpperCase(),
    conclusion: run.conclusion ? run.conclusion.toUpperCase() : null,
    title: run.output.title ?? null,
    summary: run.output.summary ?? null,
    text: run.output.text ?? null,
  };
}

/** @param {At} at @param {number} number @param {GraphqlComment[]} comments  oldest first @param {string} viewerLogin */
function pullRequestNode(at, number, comments, viewerLogin) {
  return {
    __typename: "PullRequest",
    id: nodeId("PullRequest", `${at.owner}/${at.name}#${number}`),
    number,
    /** @param {PageArgs & { orderBy?: { direction: string } | null }} args */
    comments(args) {
      const nodes = comments.map((c) => commentNode(c, viewerLogin));
      return connection(args.orderBy?.direction === "DESC" ? nodes.reverse() : nodes, args, "comments");
    },
  };
}

/**
 * GitHub's GraphQL names a bot without REST's `[bot]` suffix (`impactgate`, not
 * `impactgate[bot]`); `viewerDidAuthor` is the way to find one's own comments.
 * @param {GraphqlComment} c @param {string} viewerLogin
 */
function commentNode(c, viewerLogin) {
  const bot = c.user.type === "Bot";
  return {
    __typename: "IssueComment",
    id: nodeId("IssueComment", String(c.id)),
    databaseId: c.id,
    fullDatabaseId: String(c.id),
    body: c.body,
    viewerDidAuthor: c.user.login === viewerLogin,
    author: {
      __typename: bot ? "Bot" : "User",
      login: bot ? c.user.login.replace(/\[bot\]$/, "") : c.user.login,
      id: nodeId(bot ? "Bot" : "User", c.user.login),
    },
  };
}

/** Opaque global node ids, stable per object. @param {string} type @param {string} key */
function nodeId(type, key) {
  return Buffer.from(`${type}:${key}`).toString("base64");
}
