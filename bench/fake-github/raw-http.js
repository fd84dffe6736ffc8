// @ts-check
import { connect } from "node:net";

/**
 * A minimal HTTP/1.1 client on a plain socket (`Connection: close`). Test runners that load nock
 * patch node:http and fetch process-wide, and a stale patch from another test file can break
 * them; a socket is never intercepted, so webhooks and probes always reach the real server.
 * @param {string} url  http:// only
 * @param {{ method?: string, headers?: Record<string, string>, body?: string }} [options]
 * @returns {Promise<{ status: number, headers: Record<string, string>, text: string }>}
 */
export function rawRequest(url, { method = "GET", headers = {}, body = "" } = {}) {
  const u = new URL(url);
  const head = [
    `${method} ${u.pathname}${u.search} HTTP/1.1`,
    `host: ${u.host}`,
    "connection: close",
    `content-length: ${Buffer.byteLength(body)}`,
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
  ];
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    // write, not end: a half-closed socket lets some servers drop the request before answering
    const socket = connect({ host: u.hostname, port: Number(u.port || 80) }, () =>
      socket.write(`${head.join("\r\n")}\r\n\r\n${body}`),
    );
    socket.on("data", (c) => chunks.push(c));
    socket.on("error", reject);
    socket.on("end", () => {
      try {
        resolve(parseResponse(Buffer.concat(chunks)));
      } catch (err) {
        reject(err);
      }
    });
  });
}

/** @param {Buffer} raw */
function parseResponse(raw) {
  const split = raw.indexOf("\r\n\r\n");
  if (split < 0) throw new Error("incomplete HTTP response");
  const [statusLine, ...lines] = raw.subarray(0, split).toString("latin1").split("\r\n");
  /** @type {Record<string, string>} */
  const headers = {};
  for (const line of lines) {
    const i = line.indexOf(":");
    headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  let payload = raw.subarray(split + 4);
  if (/chunked/i.test(headers["transfer-encoding"] ?? "")) payload = dechunk(payload);
  return { status: Number(statusLine.split(" ")[1]), headers, text: payload.toString("utf8") };
}

/** @param {Buffer} data */
function dechunk(data) {
  /** @type {Buffer[]} */
  const out = [];
  let at = 0;
  for (;;) {
    const eol = data.indexOf("\r\n", at);
    const size = parseInt(data.subarray(at, eol).toString("latin1"), 16);
    if (!size) return Buffer.concat(out);
    out.push(data.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
}
