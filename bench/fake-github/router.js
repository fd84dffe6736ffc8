// @ts-check
/**
 * @typedef {object} RequestContext
 * @property {string} method
 * @property {string} path  without the /api/v3 prefix
 * @property {URLSearchParams} query
 * @property {Record<string, string>} params
 * @property {import("node:http").IncomingHttpHeaders} headers
 * @property {any} body  parsed JSON, or undefined
 * @property {string} actor  login of the token's owner (`impactgate[bot]` for app tokens)
 *
 * @typedef {object} Reply
 * @property {number} status
 * @property {unknown} [json]
 * @property {string} [text]
 * @property {Record<string, string>} [headers]
 *
 * @typedef {(ctx: RequestContext) => Promise<Reply> | Reply} Handler
 * @typedef {{ method: string, route: string, regex: RegExp, handler: Handler }} Route
 */

/**
 * A route from a GitHub-style template: `GET /repos/{owner}/{repo}/pulls/{pull_number}`.
 * `{path+}` matches across slashes.
 * @param {string} route
 * @param {Handler} handler
 * @returns {Route}
 */
export function route(route, handler) {
  const [method, template] = route.split(" ");
  const source = template.replace(/\{(\w+)(\+?)\}/g, (_m, name, plus) =>
    plus ? `(?<${name}>.+)` : `(?<${name}>[^/]+)`,
  );
  return { method, route, regex: new RegExp(`^${source}$`), handler };
}

/**
 * @param {Route[]} routes
 * @param {string} method
 * @param {string} path
 */
export function match(routes, method, path) {
  for (const r of routes) {
    if (r.method !== method) continue;
    const m = r.regex.exec(path);
    if (!m) continue;
    const params = Object.fromEntries(Object.entries(m.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)]));
    return { route: r, params };
  }
  return undefined;
}
