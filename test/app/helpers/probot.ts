import { generateKeyPairSync } from "node:crypto";
import { Writable } from "node:stream";
import { pino } from "pino";
import { Probot, ProbotOctokit } from "probot";
import app from "../../../src/app/index.js";

/** One RSA key for all tests: Probot signs its app JWT with it (nock does not check it). */
const { privateKey } = generateKeyPairSync("rsa", {
  modulusLength: 2048,
  privateKeyEncoding: { type: "pkcs1", format: "pem" },
  publicKeyEncoding: { type: "spki", format: "pem" },
});

/** A Probot instance running the app, with retry and throttle off, and its log lines. */
export async function testProbot(): Promise<{ probot: Probot; logs: Record<string, unknown>[] }> {
  const logs: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      logs.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  const probot = new Probot({
    appId: 123,
    privateKey,
    log: pino({ level: "info" }, stream),
    // The function form: the object form is overwritten by Probot's own options (STACK.md).
    Octokit: ProbotOctokit.defaults((o: Record<string, unknown> & { throttle?: object }) => ({
      ...o,
      retry: { enabled: false },
      throttle: { ...o?.throttle, enabled: false },
    })),
  });
  await probot.load(app);
  return { probot, logs };
}
