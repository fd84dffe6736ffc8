import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { createHmac, generateKeyPairSync } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { createRequire } from "node:module";
import nock from "nock";
import { freePort } from "../helpers/free-port.js";
import { httpPost } from "../helpers/http-post.js";
import { startAppServer } from "../../src/app/security/app-server.js";
import { MAX_WEBHOOK_BYTES } from "../../src/app/security/webhook-intake.js";
import { redactedLogger } from "../../src/app/security/redacted-logger.js";
import type { Server } from "probot";

// Real HTTP on loopback against the server `npm start` builds (startAppServer): the intake caps the
// body and checks X-Hub-Signature-256 before Probot reads anything, and no handler runs on a refusal.
const SECRET = "test-webhook-secret";
const require = createRequire(import.meta.url);
const payload = require("@octokit/webhooks-examples/api.github.com/index.json")
  .find((e: { name: string }) => e.name === "pull_request")
  .examples.find((p: { action: string }) => p.action === "opened");
const body = JSON.stringify(payload);
const sign = (text: string, secret = SECRET) => `sha256=${createHmac("sha256", secret).update(text).digest("hex")}`;

let server: Server;
let url: string;
const handled: string[] = [];
const lines: string[] = [];

beforeAll(async () => {
  nock.enableNetConnect("127.0.0.1");
  const privateKey = generateKeyPairSync("rsa", { modulusLength: 2048 })
    .privateKey.export({ type: "pkcs1", format: "pem" })
    .toString();
  const port = await freePort();
  server = await startAppServer(
    { APP_ID: "1", PRIVATE_KEY: privateKey, WEBHOOK_SECRET: SECRET, HOST: "127.0.0.1", PORT: String(port) },
    {
      log: redactedLogger([privateKey, SECRET], {
        level: "trace",
        destination: { write: (line: string) => void lines.push(line) },
      }),
      // A probe app: records every event that reaches a handler (our real app would do work here).
      app: (app) => {
        app.onAny(async (context) => {
          handled.push(context.id);
        });
      },
    },
  );
  url = `http://127.0.0.1:${port}/api/github/webhooks`;
});

afterAll(async () => {
  await server.stop();
  nock.disableNetConnect();
});

function deliver(headers: Record<string, string>, text = body) {
  return httpPost(url, { "content-type": "application/json", "x-github-event": "pull_request", ...headers }, text);
}

describe("webhook signature verification", () => {
  it("rejects an unsigned delivery without running a handler", async () => {
    const res = await deliver({ "x-github-delivery": "unsigned-1" });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(handled).not.toContain("unsigned-1");
  });

  it("rejects a delivery signed with the wrong secret", async () => {
    const res = await deliver({ "x-github-delivery": "wrong-1", "x-hub-signature-256": sign(body, "not-the-secret") });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(handled).not.toContain("wrong-1");
  });

  it("rejects a replayed signature on an altered body", async () => {
    const altered = body.replace('"opened"', '"closed"');
    const res = await deliver({ "x-github-delivery": "replay-1", "x-hub-signature-256": sign(body) }, altered);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(handled).not.toContain("replay-1");
  });

  it("accepts a correctly signed delivery (the control)", async () => {
    const res = await deliver({ "x-github-delivery": "good-1", "x-hub-signature-256": sign(body) });
    expect(res.status).toBe(200);
    expect(handled).toEqual(["good-1"]);
  });

  it("logs a refused delivery by id, without its payload or signature", async () => {
    const marker = "payload-marker-5e1f0c";
    const forged = JSON.stringify({ ...payload, note: marker });
    const signature = sign(forged, "attacker");
    const res = await deliver({ "x-github-delivery": "forged-log-1", "x-hub-signature-256": signature }, forged);
    expect(res.status).toBe(400);
    const refusal = lines.filter((l) => l.includes("forged-log-1"));
    expect(refusal.length).toBeGreaterThan(0);
    expect(refusal.join("\n")).toContain("signature does not match");
    expect(lines.filter((l) => l.includes(marker) || l.includes(signature.slice(7)))).toEqual([]);
  });
});

/** The process's peak resident memory since the last reset (Linux), in bytes. */
function peakRss(): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
  return m ? Number(m[1]) * 1024 : process.memoryUsage.rss();
}

/**
 * Streams `total` bytes of unauthenticated body over a raw socket (one reused 64 KiB chunk, written
 * only as fast as the server reads, so the sender holds no memory), chunked or with a declared
 * Content-Length. Resolves with the status line's code, or the socket error when the server hung up
 * first — either way the server refused it — and how much was written.
 */
function streamBody(total: number, { declare, delivery }: { declare: boolean; delivery: string }) {
  const chunk = Buffer.alloc(64 * 1024, "a");
  const { port } = new URL(url);
  return new Promise<{ status?: number; error?: string; sent: number }>((resolve) => {
    let sent = 0;
    let done = false;
    let reply = "";
    const socket = connect({ host: "127.0.0.1", port: Number(port) });
    const finish = (r: { status?: number; error?: string }) => {
      if (done) return;
      done = true;
      socket.destroy();
      resolve({ ...r, sent });
    };
    const head = [
      "POST /api/github/webhooks HTTP/1.1",
      `Host: 127.0.0.1:${port}`,
      "Content-Type: application/json",
      "X-GitHub-Event: pull_request",
      `X-GitHub-Delivery: ${delivery}`,
      "X-Hub-Signature-256: sha256=0000",
      declare ? `Content-Length: ${total}` : "Transfer-Encoding: chunked",
      "",
      "",
    ].join("\r\n");
    const frame = declare ? [chunk] : [Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from("\r\n")];
    const pump = () => {
      while (!done && sent < total) {
        sent += chunk.length;
        const ok = frame.map((b) => socket.write(b)).every(Boolean);
        if (!ok) return void socket.once("drain", pump);
      }
      if (!done && !declare) socket.write("0\r\n\r\n");
    };
    socket.on("data", (d) => {
      reply += String(d);
      const m = /^HTTP\/1\.1 (\d{3})/.exec(reply);
      if (m) finish({ status: Number(m[1]) });
    });
    socket.on("error", (err: NodeJS.ErrnoException) => finish({ error: err.code ?? err.message }));
    socket.on("close", () => finish({ error: "closed" }));
    socket.on("connect", () => {
      socket.write(head);
      pump();
    });
  });
}

describe("webhook body caps (GitHub sends at most 25 MB)", () => {
  const BIG = 300 * 1024 * 1024;

  it.each([
    ["a declared 300 MB Content-Length", true],
    ["a 300 MB chunked body with no Content-Length", false],
  ])(
    "%s is refused before the signature is read, and memory stays flat",
    async (_name, declare) => {
      const delivery = `big-${declare ? "declared" : "chunked"}`;
      global.gc?.();
      const before = process.memoryUsage.rss();
      // Reset the kernel's peak-RSS mark so the figure below is this request's alone.
      try {
        writeFileSync("/proc/self/clear_refs", "5");
      } catch {
        // not Linux: the peak then covers the worker's life, which can only make the check stricter
      }
      const result = await streamBody(BIG, { declare, delivery });
      const growth = peakRss() - before;

      expect(result.status === 413 || result.error !== undefined).toBe(true);
      if (result.status !== undefined) expect(result.status).toBe(413);
      expect(handled).not.toContain(delivery);
      // The server stopped reading at the cap: the sender could not push 300 MB through.
      expect(result.sent).toBeLessThan(BIG);
      const refusal = lines.filter((l) => l.includes(delivery));
      expect(refusal.join("\n")).toMatch(
        declare ? /Content-Length over the limit/ : /body over the limit while reading/,
      );
      // Before the intake, one such request took the app from 232 MB to 3.2 GB. Now the cap (25 MB)
      // plus buffers: well under 150 MB of growth.
      expect(growth).toBeLessThan(150 * 1024 * 1024);
    },
    60_000,
  );

  it("still accepts a signed delivery just under the cap", async () => {
    const padded = JSON.stringify({ ...payload, padding: "x".repeat(MAX_WEBHOOK_BYTES - body.length - 100) });
    expect(Buffer.byteLength(padded)).toBeLessThanOrEqual(MAX_WEBHOOK_BYTES);
    const res = await deliver({ "x-github-delivery": "padded-1", "x-hub-signature-256": sign(padded) }, padded);
    expect(res.status).toBe(200);
    expect(handled).toContain("padded-1");
  }, 30_000);
});
