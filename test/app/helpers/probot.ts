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

/** Probot's Octokit with retry and throttle off (the function form: see STACK.md). */
const quietOctokit = ProbotOctokit.defaults((o: Record<string, unknown> & { throttle?: object }) => ({
  ...o,
  retry: { enabled: false },
  throttle: { ...o?.throttle, enabled: false },
}));

/** A Probot without the app loaded: its `auth(id)` gives installation clients (queue and worker tests). */
export function authProbot(log: NonNullable<ConstructorParameters<typeof Probot>[0]>["log"]): Probot {
  return new Probot({ appId: 123, privateKey, log, Octokit: quietOctokit });
}

/** The log lines of every app a test started, and how many of them were already checked. */
const runs: { logs: Record<string, unknown>[]; checked: number; expectErrors: boolean }[] = [];

/**
 * `error`-level lines (pino level 50 and above) logged since the last call by apps that were not
 * started with `expectErrors`, as `msg (err.message)`. useNock() fails a test that leaves any.
 */
export function unexpectedErrorLogs(): string[] {
  const out: string[] = [];
  for (const run of runs) {
    const fresh = run.logs.slice(run.checked);
    run.checked = run.logs.length;
    if (run.expectErrors) continue;
    for (const line of fresh)
      if (Number(line.level) >= 50) {
        const err = (line.err as { message?: string } | undefined)?.message;
        out.push(`${String(line.msg)}${err ? ` (${err})` : ""}`);
      }
  }
  return out;
}

/**
 * A Probot instance running the app, with retry and throttle off, and its log lines. `baseUrl`:
 * a GitHub-compatible API to talk to (bench/fake-github) instead of nock's api.github.com. A test
 * that provokes an error on purpose says so with `expectErrors` (and asserts the lines itself).
 */
export async function testProbot(
  options: { baseUrl?: string; expectErrors?: boolean } = {},
): Promise<{ probot: Probot; logs: Record<string, unknown>[] }> {
  const logs: Record<string, unknown>[] = [];
  const { expectErrors = false, ...probotOptions } = options;
  runs.push({ logs, checked: 0, expectErrors });
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
    Octokit: quietOctokit,
    ...probotOptions,
  });
  await probot.load(app);
  return { probot, logs };
}
