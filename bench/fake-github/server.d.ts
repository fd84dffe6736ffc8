/**
 * @typedef {object} RecordedRequest
 * @property {string} method
 * @property {string} route  the matched template, e.g. "POST /repos/{owner}/{repo}/check-runs"; "unmatched" otherwise
 * @property {string} path  without the /api/v3 prefix
 * @property {string} url  as requested, prefix and query included
 * @property {any} body
 * @property {number} status
 * @property {number} at  epoch ms when answered
 *
 * @typedef {object} FakeGitHub
 * @property {number} port
 * @property {string} host  `127.0.0.1:<port>`, what GHE_HOST wants
 * @property {string} baseUrl  `http://127.0.0.1:<port>/api/v3`
 * @property {RecordedRequest[]} requests  every request, in order
 * @property {import("./routes.js").State} state  check runs and comments the app wrote
 * @property {() => Promise<void>} close
 *
 * @typedef {object} TokenGrant  what a token may do, as GitHub decides for an Actions GITHUB_TOKEN
 * @property {"read" | "write"} permission  `read`: every write is refused with GitHub's 403 (a fork's pull request)
 * @property {string} login  who the token acts as: author of its comments, GraphQL's viewer
 */
/**
 * A GitHub-compatible REST API on loopback, served like GitHub Enterprise Server (`/api/v3`,
 * `/api/graphql`; also at the root like api.github.com), backed by a RepoStore.
 * Tokens not in `tokens` (an app's installation tokens) act as `impactgate[bot]` with write access.
 * `fault` answers the requests it returns a reply for, before any route (recorded like the rest).
 * @param {{ store: import("./memory-store.js").RepoStore, port?: number, latencyMs?: number, tokens?: Record<string, TokenGrant>, fault?: Fault }} options
 * @returns {Promise<FakeGitHub>}
 */
export function startFakeGitHub({
  store,
  port,
  latencyMs,
  tokens,
  fault,
}: {
  store: import("./memory-store.js").RepoStore;
  port?: number;
  latencyMs?: number;
  tokens?: Record<string, TokenGrant>;
  fault?: Fault;
}): Promise<FakeGitHub>;
export type RecordedRequest = {
  method: string;
  /**
   * the matched template, e.g. "POST /repos/{owner}/{repo}/check-runs"; "unmatched" otherwise
   */
  route: string;
  /**
   * without the /api/v3 prefix
   */
  path: string;
  /**
   * as requested, prefix and query included
   */
  url: string;
  body: any;
  status: number;
  /**
   * epoch ms when answered
   */
  at: number;
};
export type FakeGitHub = {
  port: number;
  /**
   * `127.0.0.1:<port>`, what GHE_HOST wants
   */
  host: string;
  /**
   * `http://127.0.0.1:<port>/api/v3`
   */
  baseUrl: string;
  /**
   * every request, in order
   */
  requests: RecordedRequest[];
  /**
   * check runs and comments the app wrote
   */
  state: import("./routes.js").State;
  close: () => Promise<void>;
};
/**
 * what a token may do, as GitHub decides for an Actions GITHUB_TOKEN
 */
export type TokenGrant = {
  /**
   * `read`: every write is refused with GitHub's 403 (a fork's pull request)
   */
  permission: "read" | "write";
  /**
   * who the token acts as: author of its comments, GraphQL's viewer
   */
  login: string;
};
/**
 * an answer a test gives instead of the fake's (GitHub's 502, a rate limit)
 */
export type FaultReply = {
  status: number;
  json?: any;
  headers?: Record<string, string>;
};
export type Fault = (request: { method: string; path: string; body: any }) => FaultReply | undefined;
