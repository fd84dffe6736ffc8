import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { createHmac, generateKeyPairSync } from "node:crypto";
import { createRequire } from "node:module";
import { Probot, ProbotOctokit, Server } from "probot";
import nock from "nock";
import { pino } from "pino";
import { freePort } from "../helpers/free-port.js";
import { httpPost } from "../helpers/http-post.js";

// Real HTTP on loopback: Probot's server verifies X-Hub-Signature-256 before any handler runs.
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

beforeAll(async () => {
  nock.enableNetConnect("127.0.0.1");
  const privateKey = generateKeyPairSync("rsa", { modulusLength: 2048 })
    .privateKey.export({ type: "pkcs1", format: "pem" })
    .toString();
  server = new Server({
    Probot: Probot.defaults({
      appId: 1,
      privateKey,
      secret: SECRET,
      logLevel: "fatal",
      Octokit: ProbotOctokit.defaults((o: object) => ({
        ...o,
        retry: { enabled: false },
        throttle: { enabled: false },
      })),
    }),
    port: await freePort(),
    host: "127.0.0.1",
    log: pino({ level: "silent" }),
  });
  // A probe app: records every event that reaches a handler (our real app would do work here).
  await server.load((app) => {
    app.onAny(async (context) => {
      handled.push(context.id);
    });
  });
  await server.start();
  url = `http://127.0.0.1:${server.port}/api/github/webhooks`;
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
});
