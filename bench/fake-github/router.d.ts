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
export function route(route: string, handler: Handler): Route;
/**
 * @param {Route[]} routes
 * @param {string} method
 * @param {string} path
 */
export function match(
  routes: Route[],
  method: string,
  path: string,
):
  | {
      route: Route;
      params: {
        [k: string]: string;
      };
    }
  | undefined;
export type RequestContext = {
  method: string;
  /**
   * without the /api/v3 prefix
   */
  path: string;
  query: URLSearchParams;
  params: Record<string, string>;
  headers: import("node:http").IncomingHttpHeaders;
  /**
   * parsed JSON, or undefined
   */
  body: any;
  /**
   * login of the token's owner (`impactgate[bot]` for app tokens)
   */
  actor: string;
};
export type Reply = {
  status: number;
  json?: unknown;
  text?: string | undefined;
  headers?: Record<string, string> | undefined;
};
export type Handler = (ctx: RequestContext) => Promise<Reply> | Reply;
export type Route = {
  method: string;
  route: string;
  regex: RegExp;
  handler: Handler;
};
