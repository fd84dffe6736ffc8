// @ts-check
import { GraphQLError } from "graphql";

/**
 * @typedef {{ first?: number | null, after?: string | null, last?: number | null, before?: string | null }} PageArgs
 */

/** GitHub's largest page on every connection. */
const MAX_PAGE = 100;

/**
 * One page of a GitHub connection (`totalCount`, `pageInfo`, `nodes`, `edges`) over `items`,
 * with GitHub's rules: `first` or `last` is required and at most 100. Cursors are opaque base64
 * like GitHub's (`cursor:v2:<index>` here), so a client can only hand them back.
 * @template T
 * @param {T[]} items  the whole list, in the connection's order
 * @param {PageArgs} args
 * @param {string} name  the connection's field name, for GitHub's error messages
 */
export function connection(items, { first, after, last, before }, name) {
  if (first == null && last == null)
    throw typed(
      "MISSING_PAGINATION_BOUNDARIES",
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`,
    );
  for (const [arg, n] of /** @type {const} */ ([
    ["first", first],
    ["last", last],
  ])) {
    if (n != null && n > MAX_PAGE)
      throw typed(
        "EXCESSIVE_PAGINATION",
        `Requesting ${n} records on the \`${name}\` connection exceeds the \`${arg}\` limit of ${MAX_PAGE} records.`,
      );
    if (n != null && n < 0)
      throw typed("INVALID_PAGINATION", `\`${arg}\` on the \`${name}\` connection cannot be less than zero.`);
  }
  let start = after ? decode(after) + 1 : 0;
  let end = before ? Math.min(decode(before), items.length) : items.length;
  if (first != null) end = Math.min(end, start + first);
  if (last != null) start = Math.max(start, end - last);
  const edges = items.slice(start, end).map((node, i) => ({ cursor: encode(start + i), node }));
  return {
    totalCount: items.length,
    nodes: edges.map((e) => e.node),
    edges,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** @param {number} index */
const encode = (index) => Buffer.from(`cursor:v2:${index}`).toString("base64");

/** @param {string} cursor */
function decode(cursor) {
  const m = /^cursor:v2:(\d+)$/.exec(Buffer.from(cursor, "base64").toString("utf8"));
  if (!m) throw new GraphQLError(`\`${cursor}\` does not appear to be a valid cursor.`);
  return Number(m[1]);
}

/**
 * An error GitHub tags with a top-level `type` (NOT_FOUND, EXCESSIVE_PAGINATION…); graphql.js
 * moves `extensions.type` there when it shapes the response.
 * @param {string} type @param {string} message
 */
export function typed(type, message) {
  return new GraphQLError(message, { extensions: { type } });
}
