// @ts-check
import { assertValidSchema, buildSchema, graphql, isNonNullType } from "graphql";
import { queryRoot } from "./graphql-resolvers.js";

/**
 * What the GraphQL endpoint reads; routes.js builds one from the RepoStore and the write state.
 *
 * @typedef {object} GraphqlCheckRun
 * @property {number} id
 * @property {string} name
 * @property {string} status  REST's lower case: queued, in_progress, completed
 * @property {string | null} conclusion  REST's lower case: success, failure, action_required…
 * @property {{ title?: string, summary?: string, text?: string }} output
 *
 * @typedef {object} GraphqlComment
 * @property {number} id
 * @property {string} body
 * @property {{ login: string, type: string }} user  as REST gives it: `impactgate[bot]`, type "Bot"
 *
 * @typedef {object} GraphqlSource
 * @property {(owner: string, name: string) => Promise<{ defaultBranch: string } | undefined>} repository
 * @property {(owner: string, name: string, rev: string) => Promise<string | undefined>} revParse  the commit oid a branch name or oid names
 * @property {(owner: string, name: string, rev: string, path: string) => Promise<string | undefined>} file  a file's text at a commit oid or branch
 * @property {(owner: string, name: string, oid: string) => Promise<boolean>} isCommit
 * @property {(owner: string, name: string, headSha: string) => Promise<GraphqlCheckRun[]>} checkRuns  newest first
 * @property {(owner: string, name: string, number: number) => Promise<GraphqlComment[] | undefined>} comments  oldest first; undefined: no such pull request
 * @property {(owner: string, name: string) => Promise<GraphqlTag[]>} [tags]  absent: none
 * @property {(owner: string, name: string, base: string, headRef: string) => Promise<GraphqlComparison | null | undefined>} [compare]  `base...headRef`; undefined: headRef names nothing; null: no common ancestor
 *
 * @typedef {object} GraphqlTag  a tag as `Repository.refs` lists it
 * @property {string} name  full: `refs/tags/v1.4.0`
 * @property {string} commit  the commit it names
 * @property {string} committedDate  ISO 8601; TAG_COMMIT_DATE orders by it
 * @property {{ oid: string, message: string }} [annotation]  an annotated tag's tag object
 *
 * @typedef {object} GraphqlComparison  how headRef stands to a base commit (`Ref.compare`)
 * @property {"ahead" | "behind" | "diverged" | "identical"} status
 * @property {number} aheadBy
 * @property {number} behindBy
 * @property {string} head  the commit headRef resolved to
 *
 * @typedef {object} GraphqlRequest
 * @property {string} query
 * @property {Record<string, unknown> | null} [variables]
 * @property {string | null} [operationName]
 *
 * @typedef {object} GraphqlError  as GitHub shapes one: `type` on execution errors it classifies
 * @property {string} [type]  NOT_FOUND, EXCESSIVE_PAGINATION, MISSING_PAGINATION_BOUNDARIES…
 * @property {(string | number)[]} [path]
 * @property {Record<string, unknown>} [extensions]
 * @property {{ line: number, column: number }[]} [locations]
 * @property {string} message
 *
 * @typedef {{ data?: Record<string, unknown> | null, errors?: GraphqlError[] }} GraphqlResponse
 */

/** @type {Promise<{ schema: import("graphql").GraphQLSchema, importMs: number, buildMs: number, validateMs: number }> | undefined} */
let built;

/**
 * GitHub's real schema, built once per process (with the times it took, for benches and reports).
 * Imported lazily: the package parses its JSON schema on import, and fake-GitHub runs that never
 * see a GraphQL request should not pay for it.
 */
export function githubSchema() {
  built ??= (async () => {
    const start = performance.now();
    const { schema: published } = await import("@octokit/graphql-schema");
    const idl = published.idl;
    const imported = performance.now();
    // assumeValidSDL: the published SDL defines two EnterpriseOwnerInfo fields twice, which
    // graphql-js's SDL validation rejects; the later definition wins, and they are identical.
    const schema = buildSchema(idl, { assumeValidSDL: true });
    const builtAt = performance.now();
    assertValidSchema(schema); // graphql-js does this (once) before the first execution anyway
    return { schema, importMs: imported - start, buildMs: builtAt - imported, validateMs: performance.now() - builtAt };
  })();
  return built;
}

/**
 * Executes a GitHub GraphQL request against GitHub's own schema, answering from `source`, and
 * shapes the response like GitHub: partial `data` with `errors` when a field fails (a missing
 * repository is `null` with a NOT_FOUND error), no `data` at all when the query is invalid.
 * Fields the fake does not serve are null; non-null ones (and unserved root fields) are an error
 * naming the field. Never throws for a bad query.
 * @param {GraphqlSource} source
 * @param {GraphqlRequest} request
 * @param {{ viewerLogin?: string, blobTextLimit?: number }} [options]  viewerLogin: whose comments
 *   `viewerDidAuthor` marks (REST login); blobTextLimit: bytes of `Blob.text` before GitHub-style truncation
 * @returns {Promise<GraphqlResponse>}
 */
export async function executeGraphql(
  source,
  { query, variables, operationName },
  { viewerLogin = "impactgate[bot]", blobTextLimit = 512 * 1024 } = {},
) {
  const { schema } = await githubSchema();
  const result = await graphql({
    schema,
    source: query,
    variableValues: variables ?? undefined,
    operationName: operationName ?? undefined,
    rootValue: queryRoot,
    contextValue: { source, viewerLogin, blobTextLimit },
    fieldResolver,
  });
  /** @type {GraphqlResponse} */
  const out = {};
  if ("data" in result) out.data = /** @type {Record<string, unknown> | null} */ (result.data);
  if (result.errors?.length) out.errors = result.errors.map(githubError);
  return out;
}

/**
 * graphql-js's default resolver, plus: an unserved field is null, or an error naming it where
 * null is not allowed (a non-null field, or a root field such as a mutation).
 * @type {import("graphql").GraphQLFieldResolver<any, any>}
 */
function fieldResolver(parent, args, context, info) {
  const value = parent?.[info.fieldName];
  if (typeof value === "function") return value(args, context, info);
  if (value !== undefined) return value;
  const root = info.path.prev === undefined;
  if (root || isNonNullType(info.returnType))
    throw new Error(`The fake GitHub does not serve ${info.parentType.name}.${info.fieldName}.`);
  return null;
}

/**
 * graphql-js's error JSON in GitHub's shape: `type` at the top (NOT_FOUND…), and GitHub's wording
 * and code for an unknown field, the validation error a client most often meets.
 * @param {import("graphql").GraphQLError} err
 * @returns {GraphqlError}
 */
function githubError(err) {
  const { message, locations, path, extensions = {} } = err.toJSON();
  const { type, ...rest } = /** @type {Record<string, unknown>} */ (extensions);
  const unknownField = /^Cannot query field "(\w+)" on type "(\w+)"\./.exec(message);
  if (unknownField) {
    const [, fieldName, typeName] = unknownField;
    return {
      extensions: { code: "undefinedField", typeName, fieldName },
      ...(locations ? { locations: [...locations] } : {}),
      message: `Field '${fieldName}' doesn't exist on type '${typeName}'`,
    };
  }
  return {
    ...(typeof type === "string" ? { type } : {}),
    ...(path ? { path: [...path] } : {}),
    ...(Object.keys(rest).length ? { extensions: rest } : {}),
    ...(locations ? { locations: [...locations] } : {}),
    message,
  };
}
