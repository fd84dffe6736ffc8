/**
 * A minimal HTTP/1.1 client on a plain socket (`Connection: close`). Test runners that load nock
 * patch node:http and fetch process-wide, and a stale patch from another test file can break
 * them; a socket is never intercepted, so webhooks and probes always reach the real server.
 * @param {string} url  http:// only
 * @param {{ method?: string, headers?: Record<string, string>, body?: string }} [options]
 * @returns {Promise<{ status: number, headers: Record<string, string>, text: string }>}
 */
export function rawRequest(
  url: string,
  {
    method,
    headers,
    body,
  }?: {
    method?: string;
    headers?: Record<string, string>;
    body?: string;
  },
): Promise<{
  status: number;
  headers: Record<string, string>;
  text: string;
}>;
