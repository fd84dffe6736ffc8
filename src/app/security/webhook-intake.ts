import { Webhooks } from "@octokit/webhooks";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";

/** GitHub caps webhook payloads at 25 MB; it never sends more, so anything larger is not GitHub. */
export const MAX_WEBHOOK_BYTES = 25 * 1024 * 1024;

/** A Node request handler as Probot's server chains them: true when it answered the request. */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => Promise<boolean> | boolean;

export interface IntakeOptions {
  /** The webhook path Probot's middleware serves (WEBHOOK_PATH, default `/api/github/webhooks`). */
  path: string;
  secret: string;
  log: Logger;
  maxBytes?: number;
}

/**
 * Sits in front of Probot's webhook middleware, which reads the whole body into memory before it
 * looks at the signature (any `x-hub-signature-256` value made one 300 MB request cost 3 GB).
 * Here a delivery is refused by its `Content-Length` before a byte is read, and while streaming
 * once it passes `maxBytes`; the signature is checked on the capped body, and only a signed one is
 * handed on (as `req.body`, which Probot's middleware takes instead of reading the stream).
 * Refusals are logged with the delivery id, event and size — never the payload or the signature.
 */
export function webhookIntake(inner: NodeHandler, { path, secret, log, maxBytes = MAX_WEBHOOK_BYTES }: IntakeOptions) {
  const webhooks = new Webhooks({ secret });
  const webhookPath = pathname(path);
  return async (req: IncomingMessage, res: ServerResponse, next?: () => void): Promise<boolean> => {
    if (req.method !== "POST" || pathname(req.url) !== webhookPath) return inner(req, res, next);
    const delivery = { delivery: header(req, "x-github-delivery"), event: header(req, "x-github-event") };
    const declared = Number(req.headers["content-length"]);
    if (declared > maxBytes) {
      log.warn({ ...delivery, bytes: declared, limit: maxBytes }, "webhook refused: Content-Length over the limit");
      return refuse(req, res, 413, `payload over ${maxBytes} bytes`);
    }
    const body = await readCapped(req, maxBytes);
    if (body === "too-large") {
      log.warn({ ...delivery, limit: maxBytes }, "webhook refused: body over the limit while reading");
      return refuse(req, res, 413, `payload over ${maxBytes} bytes`);
    }
    const text = body.toString("utf8");
    const signature = header(req, "x-hub-signature-256");
    const signed = signature !== undefined && (await webhooks.verify(text, signature).catch(() => false));
    if (!signed) {
      log.warn(
        { ...delivery, bytes: body.length, signature: signature === undefined ? "missing" : "mismatch" },
        "webhook refused: the signature does not match the payload and the webhook secret (check WEBHOOK_SECRET)",
      );
      return refuse(req, res, 400, "signature does not match");
    }
    (req as IncomingMessage & { body?: string }).body = text;
    return inner(req, res, next);
  };
}

/** The body, or "too-large" as soon as it passes `max` bytes (what was read so far is dropped). */
function readCapped(req: IncomingMessage, max: number): Promise<Buffer | "too-large"> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) return void chunks.push(chunk);
      req.off("data", onData);
      req.pause();
      chunks.length = 0;
      resolve("too-large");
    };
    req.on("data", onData);
    req.on("end", () => resolve(Buffer.concat(chunks, size)));
    req.on("error", reject);
  });
}

/** Answers and closes the connection: the rest of an oversized body is never read. */
function refuse(req: IncomingMessage, res: ServerResponse, status: number, error: string): true {
  const body = JSON.stringify({ error });
  res.on("finish", () => req.destroy());
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    connection: "close",
  });
  res.end(body);
  return true;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === "string" ? value.slice(0, 200) : undefined;
}

function pathname(url: string | undefined): string {
  try {
    return new URL(url ?? "/", "http://localhost").pathname.replace(/\/+$/, "") || "/";
  } catch {
    return "";
  }
}
