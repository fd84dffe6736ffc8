import { spawn, spawnSync } from "node:child_process";
import { createServer as createNetServer } from "node:net";
import type { ChildProcess } from "node:child_process";
import { generateKeyPairSync, randomUUID } from "node:crypto";
import { connect, createServer } from "node:net";
import type { Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import type { Redis } from "ioredis";
import { pino } from "pino";
import { memoryStore, rawRequest, startFakeGitHub } from "../../bench/fake-github/index.js";
import type { FakeGitHub } from "../../bench/fake-github/server.js";
import { connectRedis } from "../../src/app/queue/redis-queue.js";
import { createRedisQueue } from "../../src/app/queue/redis-queue.js";
import type { ReviewJob } from "../../src/app/queue/types.js";
import { POINT_H_AFTER, POINT_H_BEFORE } from "../app/helpers/change.js";
import { BUILD_HOOK_TIMEOUT_MS, buildLib } from "../helpers/build-lib.js";
import { freePort } from "../helpers/free-port.js";
import { startRedis } from "../helpers/redis.js";
import type { TestRedis } from "../helpers/redis.js";

// `impactgate worker` as users run it: `node bin/impactgate.js worker`, a real redis-server, the fake
// GitHub behind GHE_HOST. Jobs come from the app's own producer, so producer and worker agree on keys.

const ROOT = new URL("../../", import.meta.url).pathname;
const OWNER = "octo-org";
const REPO = "kvm-headers";
const BASE = "b".repeat(40);
/** PR 1 is reviewed normally; PR 2 is the review SIGTERM lands in. Both break include/point.h. */
const HEADS = { 1: "1".repeat(40), 2: "2".repeat(40) } as const;

const store = memoryStore({
  [`${OWNER}/${REPO}`]: {
    defaultBranch: "main",
    branches: { main: BASE, "drop-area": HEADS[1], "add-z": HEADS[2] },
    commits: {
      [BASE]: { "include/point.h": POINT_H_BEFORE, "README.md": "Hello\n" },
      [HEADS[1]]: { "include/point.h": POINT_H_AFTER, "README.md": "Hello, world\n" },
      [HEADS[2]]: { "include/point.h": POINT_H_AFTER, "README.md": "Hello\n" },
    },
    pulls: [
      {
        number: 1,
        title: "Drop point_area",
        body: "Cleanup.",
        base: { ref: "main", sha: BASE },
        head: { ref: "drop-area", sha: HEADS[1] },
        labels: [],
      },
      {
        number: 2,
        title: "Add z to point",
        body: "3D.",
        base: { ref: "main", sha: BASE },
        head: { ref: "add-z", sha: HEADS[2] },
        labels: [],
      },
    ],
  },
});

/** The job the webhook handler would enqueue for a PR of the store (reason "event", fresh delivery). */
async function jobFor(number: 1 | 2): Promise<ReviewJob> {
  const pull = await store.pull(OWNER, REPO, number);
  if (!pull) throw new Error(`no PR ${number} in the store`);
  return {
    installationId: 1,
    owner: OWNER,
    repo: REPO,
    reason: "event",
    deliveryId: randomUUID(),
    enqueuedAt: Date.now(),
    pull: { ...pull, labels: [...pull.labels] },
  };
}

/**
 * A TCP relay to the fake GitHub that can hold everything the worker sends until released: a
 * review then waits on GitHub for as long as the test likes, whatever requests it makes. Plain
 * sockets, so no HTTP interception left by another test file can touch it.
 */
async function startHoldingRelay(targetPort: number) {
  let holding = false;
  let held: (() => void)[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(targetPort, "127.0.0.1");
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
      s.on("error", () => {
        client.destroy();
        upstream.destroy();
      });
    }
    const forward = (send: () => void) => (holding ? held.push(send) : send());
    client.on("data", (chunk) => forward(() => upstream.write(chunk)));
    client.on("end", () => forward(() => upstream.end()));
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    host: `127.0.0.1:${(server.address() as { port: number }).port}`,
    hold: () => void (holding = true),
    /** Chunks of requests waiting to reach GitHub. */
    heldCount: () => held.length,
    release() {
      holding = false;
      const pending = held;
      held = [];
      for (const send of pending) send();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Polls until `check` gives a value; fails with `what` and the worker's output after `ms`. */
async function waitFor<T>(what: string, check: () => Promise<T | undefined> | T | undefined, ms = 120_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) {
      const requests = (fake?.requests ?? []).map((r) => `${r.status} ${r.method} ${r.path}`).slice(-40);
      throw new Error(
        `timed out waiting for ${what}\nworker output (tail):\n${output.slice(-4000)}\nlast requests to the fake GitHub:\n${requests.join("\n")}`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

const { privateKey } = generateKeyPairSync("rsa", {
  modulusLength: 2048,
  privateKeyEncoding: { type: "pkcs1", format: "pem" },
  publicKeyEncoding: { type: "spki", format: "pem" },
});
// The user's environment without jest's NODE_OPTIONS or a REDIS_URL meant for something else.
const { NODE_OPTIONS: _vm, REDIS_URL: _redisUrl, ...baseEnv } = process.env;
const appEnv = (ghe: string): NodeJS.ProcessEnv => ({
  ...baseEnv,
  APP_ID: "1",
  PRIVATE_KEY: privateKey,
  WEBHOOK_SECRET: "worker-test",
  GHE_HOST: ghe,
  GHE_PROTOCOL: "http",
  HOST: "127.0.0.1",
  LOG_LEVEL: "info",
  LOG_FORMAT: "json" as const,
});

let redisServer: TestRedis | null = null;
let redis: Redis | undefined;
let queue: ReturnType<typeof createRedisQueue> | undefined;
let fake: FakeGitHub | undefined;
let relay: Awaited<ReturnType<typeof startHoldingRelay>> | undefined;
let worker: ChildProcess | undefined;
let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
let opsUrl = "";
let output = "";

beforeAll(async () => {
  // bin/impactgate.js runs lib/: build it so the test never runs a stale build.
  buildLib(["lib/cli/main.js", "lib/app/worker.js"]);

  redisServer = await startRedis();
  if (!redisServer) return;
  redis = connectRedis(redisServer.url);
  queue = createRedisQueue({ redis, log: pino({ level: "silent" }) });
  fake = await startFakeGitHub({ store });
  relay = await startHoldingRelay(fake.port);
  const port = await freePort();
  opsUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["bin/impactgate.js", "worker"], {
    cwd: ROOT,
    env: { ...appEnv(relay.host), REDIS_URL: redisServer.url, WORKER_PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  worker = child;
  child.stdout.on("data", (c) => (output += String(c)));
  child.stderr.on("data", (c) => (output += String(c)));
  exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  await waitFor(
    "the worker's /readyz",
    async () => (await rawRequest(`${opsUrl}/readyz`).catch(() => undefined))?.status === 200 || undefined,
  );
}, BUILD_HOOK_TIMEOUT_MS);

afterAll(async () => {
  relay?.release();
  if (worker && worker.exitCode === null && worker.signalCode === null) {
    worker.kill("SIGKILL");
    await exited;
  }
  await queue?.close().catch(() => undefined);
  redis?.disconnect();
  await relay?.close();
  await fake?.close();
  await redisServer?.stop();
});

const completedRun = (sha: string) =>
  fake!.state.checkRuns.find((r) => r.head_sha === sha && r.name === "impactgate" && r.status === "completed");

describe("impactgate worker (node bin/impactgate.js worker) on a real redis-server and the fake GitHub", () => {
  test("a review job from the app's producer ends as a completed check run with findings, and the job is completed in BullMQ", async () => {
    if (!redisServer) return console.warn("SKIPPED: no redis-server (see above)");
    const { status, jobId } = await queue!.enqueue(await jobFor(1));
    expect(status).toBe("queued");

    const run = await waitFor("a completed impactgate check run on PR 1's head", () => completedRun(HEADS[1]));
    // A struct grew and a function was removed, with no statement: the gate asks for action.
    expect(run.conclusion).toBe("action_required");
    expect(run.annotations.length).toBeGreaterThan(0);
    expect(run.annotations.every((a) => (a as { path?: string }).path === "include/point.h")).toBe(true);
    await waitFor(
      "the job to finish in BullMQ",
      async () => (await queue!.queue.getJobState(jobId!)) === "completed" || undefined,
    );
    expect((await queue!.queue.getJob(jobId!))?.returnvalue).toMatchObject({ reviewed: true }); // reviewed, not superseded
  }, 180_000);

  test("/healthz and /readyz answer 200 while Redis is up; /metrics counts the review by conclusion (Prometheus text)", async () => {
    if (!redisServer) return console.warn("SKIPPED: no redis-server (see above)");
    expect((await rawRequest(`${opsUrl}/healthz`)).status).toBe(200);
    const ready = await rawRequest(`${opsUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.text)).toEqual({ ready: true });

    const metrics = await rawRequest(`${opsUrl}/metrics`);
    expect(metrics.status).toBe(200);
    expect(metrics.headers["content-type"]).toMatch(/^text\/plain/);
    expect(metrics.text).toContain("# TYPE impactgate_reviews_total counter");
    const reviews = /^impactgate_reviews_total\{conclusion="action_required"\} (\d+)$/m.exec(metrics.text);
    expect(Number(reviews?.[1])).toBeGreaterThanOrEqual(1);
    const findings = [...metrics.text.matchAll(/^impactgate_findings_total\{rule="(c\/[a-z-]+)"\} (\d+)$/gm)];
    expect(findings.length).toBeGreaterThan(0);
  });

  test("SIGTERM while a review waits on GitHub: the process exits 0 only after that review's check run is written", async () => {
    if (!redisServer) return console.warn("SKIPPED: no redis-server (see above)");
    relay!.hold();
    const { jobId } = await queue!.enqueue(await jobFor(2));
    await waitFor(
      "PR 2's review to run and wait on GitHub",
      async () => ((await queue!.queue.getJobState(jobId!)) === "active" && relay!.heldCount() > 0) || undefined,
    );
    expect(completedRun(HEADS[2])).toBeUndefined();

    worker!.kill("SIGTERM");
    await waitFor(
      "the worker to log that it is stopping",
      () => output.includes("stopping: finishing running reviews") || undefined,
    );
    // Still running a second later, with the review still held: it waits for the review, not a timer.
    await new Promise((r) => setTimeout(r, 1000));
    expect({ exitCode: worker!.exitCode, signal: worker!.signalCode }).toEqual({ exitCode: null, signal: null });
    expect(completedRun(HEADS[2])).toBeUndefined();

    relay!.release();
    const { code, signal } = await waitFor("the worker to exit", () =>
      Promise.race([exited, new Promise<undefined>((r) => setTimeout(r, 200))]),
    );
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(completedRun(HEADS[2])).toMatchObject({ conclusion: "action_required" });
    expect(await queue!.queue.getJobState(jobId!)).toBe("completed");
  }, 180_000);
});

test("impactgate worker without REDIS_URL exits non-zero and says REDIS_URL on stderr, without a stack trace", () => {
  const result = spawnSync(process.execPath, ["bin/impactgate.js", "worker"], {
    cwd: ROOT,
    env: appEnv("127.0.0.1:9"),
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(result.signal).toBeNull();
  expect(result.status).not.toBe(0);
  expect(result.stderr).toContain("REDIS_URL");
  expect(result.stderr).not.toMatch(/^\s+at /m);
});

test("impactgate worker without APP_ID or a private key says which, without a stack trace", () => {
  const { APP_ID: _id, ...noId } = appEnv("127.0.0.1:9");
  const { PRIVATE_KEY: _key, ...noKey } = appEnv("127.0.0.1:9");
  for (const [env, word] of [
    [noId, "APP_ID"],
    [noKey, "PRIVATE_KEY"],
  ] as const) {
    const result = spawnSync(process.execPath, ["bin/impactgate.js", "worker"], {
      cwd: ROOT,
      env: { ...env, REDIS_URL: "redis://127.0.0.1:9" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(word);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  }
});

test("a worker on a WORKER_PORT already in use exits non-zero naming the port, before taking any job", async () => {
  if (!redisServer) return console.warn("SKIPPED: no redis-server");
  const holder = createNetServer();
  await new Promise<void>((ok) => holder.listen(0, "127.0.0.1", () => ok()));
  const port = String((holder.address() as { port: number }).port);
  const result = spawnSync(process.execPath, ["bin/impactgate.js", "worker"], {
    cwd: ROOT,
    env: { ...appEnv("127.0.0.1:9"), REDIS_URL: redisServer.url, WORKER_PORT: port },
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(result.signal).toBeNull();
  expect(result.status).not.toBe(0);
  holder.close();
  expect(result.stderr).toContain(`WORKER_PORT ${port} is already in use`);
  expect(result.stderr).not.toMatch(/^\s+at /m);
}, 90_000);
