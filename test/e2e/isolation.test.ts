/**
 * Security issue 11, "must show": with a pathological pull request being reviewed, `/healthz`
 * keeps answering, another pull request gets its verdict first, and the app's memory stays under
 * 1.5 GB. How fast `/healthz` answers meanwhile is a figure, printed by bench/isolation/run.js
 * (and logged here), not asserted: a test must not fail because the machine is busy. The app runs as `npm start` runs it (security/start.js: Probot's server, the embedded
 * queue, analysis processes), from the sources under test, against the loopback fake GitHub with
 * signed webhooks. The pathological pull request is item 3's 232-byte declaration file, which
 * drives the TypeScript checker past 4 GB when nothing stops it.
 */
import { spawn } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { memoryStore, sendWebhook, startFakeGitHub } from "../../bench/fake-github/index.js";
import { permutationTypes } from "../../bench/isolation/attacks.js";
import { freePort } from "../helpers/free-port.js";
import { TS_EXEC_ARGV } from "../helpers/analysis-pool.js";
import { payload } from "../app/helpers/payloads.js";
import { POINT_H_AFTER, POINT_H_BEFORE } from "../app/helpers/change.js";
import type { ChildProcess } from "node:child_process";

const ROOT = new URL("../../", import.meta.url).pathname;
const SECRET = "e2e-isolation-secret";
const BASE = "b".repeat(40);
const HOSTILE_HEAD = "1".repeat(40);
const ORDINARY_HEAD = "2".repeat(40);
const WARM_HEAD = "3".repeat(40);
const MEMORY_MB = 512;
const hostile = permutationTypes();

const store = memoryStore({
  "Codertocat/Hello-World": {
    defaultBranch: "master",
    branches: { master: BASE, hostile: HOSTILE_HEAD, ordinary: ORDINARY_HEAD, warm: WARM_HEAD },
    commits: {
      [BASE]: { ...hostile.before, "include/point.h": POINT_H_BEFORE },
      [HOSTILE_HEAD]: { ...hostile.after, "include/point.h": POINT_H_BEFORE },
      [ORDINARY_HEAD]: { ...hostile.before, "include/point.h": POINT_H_AFTER },
      [WARM_HEAD]: { ...hostile.before, "include/point.h": POINT_H_AFTER },
    },
    pulls: [
      {
        number: 2,
        title: "Widen f",
        body: "",
        base: { ref: "master", sha: BASE },
        head: { ref: "hostile", sha: HOSTILE_HEAD },
        labels: [],
      },
      {
        number: 3,
        title: "Grow point",
        body: "",
        base: { ref: "master", sha: BASE },
        head: { ref: "ordinary", sha: ORDINARY_HEAD },
        labels: [],
      },
    ],
  },
});

function opened(number: number, head: string, ref: string) {
  const p = payload("pull-request-opened-without-statement");
  p.number = number;
  p.pull_request = {
    ...p.pull_request,
    number,
    body: "",
    head: { ...p.pull_request.head, sha: head, ref },
    base: { ...p.pull_request.base, sha: BASE, ref: "master" },
  };
  return p;
}

/** Resident memory of a process, of it with all its descendants, and of its largest descendant, in MB (Linux /proc). */
function treeRssMb(pid: number): { self: number; tree: number; largestChild: number } {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // the process ended while we looked
    }
  }
  const rss = (p: number) => {
    try {
      return (Number(readFileSync(`/proc/${p}/statm`, "utf8").split(" ")[1]) * 4096) / 2 ** 20;
    } catch {
      return 0;
    }
  };
  const family = [pid];
  for (let i = 0; i < family.length; i++)
    for (const [child, parent] of parents) if (parent === family[i]) family.push(child);
  const sizes = family.map(rss);
  return { self: sizes[0]!, tree: sizes.reduce((a, b) => a + b, 0), largestChild: Math.max(0, ...sizes.slice(1)) };
}

/** GET /healthz; resolves with how long the answer took (ms). */
function healthz(port: number): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: "/healthz", timeout: 10_000 }, (res) => {
      res.resume();
      res.on("end", () =>
        res.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`healthz ${res.statusCode}`)),
      );
    });
    req.on("timeout", () => req.destroy(new Error("healthz did not answer in 10 s")));
    req.on("error", reject);
    req.end();
  });
}

async function waitFor<T>(check: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("the app while a pathological pull request is analysed", () => {
  let fake: Awaited<ReturnType<typeof startFakeGitHub>>;
  let app: ChildProcess;
  let dir: string;
  let port: number;
  let output = "";

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "impactgate-isolation-"));
    const { privateKey } = generateKeyPairSync("rsa", {
      modulusLength: 2048,
      privateKeyEncoding: { type: "pkcs1", format: "pem" },
      publicKeyEncoding: { type: "spki", format: "pem" },
    });
    writeFileSync(join(dir, "key.pem"), privateKey);
    fake = await startFakeGitHub({ store });
    port = await freePort();
    const { NODE_OPTIONS: _vm, REDIS_URL: _redis, NODE_ENV: _test, ...env } = process.env;
    app = spawn(process.execPath, [...TS_EXEC_ARGV, join(ROOT, "src/app/security/start.ts")], {
      cwd: ROOT,
      env: {
        ...env,
        NODE_ENV: "production",
        APP_ID: "123",
        PRIVATE_KEY_PATH: join(dir, "key.pem"),
        WEBHOOK_SECRET: SECRET,
        GHE_HOST: fake.host,
        GHE_PROTOCOL: "http",
        HOST: "127.0.0.1",
        PORT: String(port),
        LOG_LEVEL: "info",
        IMPACTGATE_ANALYSIS_WORKERS: "2",
        IMPACTGATE_ANALYSIS_MEMORY_MB: String(MEMORY_MB),
        IMPACTGATE_RECONCILE_INTERVAL_MS: "-1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    app.stdout?.on("data", (c) => (output += String(c)));
    app.stderr?.on("data", (c) => (output += String(c)));
    const up = Date.now() + 120_000;
    while (
      await healthz(port).then(
        () => false,
        () => true,
      )
    ) {
      if (Date.now() > up) throw new Error(`the app did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }, 180_000);

  afterAll(async () => {
    app?.kill("SIGKILL");
    await fake?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("healthz keeps answering, the other pull request gets its verdict first, memory stays under 1.5 GB", async () => {
    const checkOf = (sha: string) => fake.state.checkRuns.find((r) => r.head_sha === sha && r.status === "completed");
    const send = (p: object) =>
      sendWebhook({
        url: `http://127.0.0.1:${port}/api/github/webhooks`,
        secret: SECRET,
        event: "pull_request",
        payload: p,
      });
    // An app that has served a review before (first-use costs — schema compilation, JIT — are not the point here)
    expect((await send(opened(4, WARM_HEAD, "warm"))).status).toBeLessThan(300);
    await waitFor(() => checkOf(WARM_HEAD), 120_000, "warm-up verdict");
    expect((await send(opened(2, HOSTILE_HEAD, "hostile"))).status).toBeLessThan(300);
    // the hostile analysis is under way once its process has grown (the TypeScript checker at work)
    await waitFor(
      () => (treeRssMb(app.pid!).largestChild > 350 ? true : undefined),
      120_000,
      "hostile analysis started",
    );

    // Watch the app while the hostile review runs: /healthz latency and the memory of the process tree.
    const latencies: number[] = [];
    let peak = { self: 0, tree: 0 };
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        const ms = await healthz(port);
        latencies.push(ms);
        const now = treeRssMb(app.pid!);
        peak = { self: Math.max(peak.self, now.self), tree: Math.max(peak.tree, now.tree) };
        await new Promise((r) => setTimeout(r, 200));
      }
    })();

    expect((await send(opened(3, ORDINARY_HEAD, "ordinary"))).status).toBeLessThan(300);
    const ordinary = await waitFor(() => checkOf(ORDINARY_HEAD), 120_000, "ordinary verdict").catch((err) => {
      throw new Error(`${(err as Error).message}\n${output}`);
    });
    const hostileDoneFirst = checkOf(HOSTILE_HEAD) !== undefined;
    const hostileRun = await waitFor(() => checkOf(HOSTILE_HEAD), 300_000, "hostile verdict");
    watching = false;
    await watcher;

    const sorted = [...latencies].sort((a, b) => a - b);
    const median = sorted[sorted.length >> 1]!;
    const worst = sorted[sorted.length - 1]!;
    console.log(
      `healthz: ${latencies.length} probes, median ${median.toFixed(0)} ms, worst ${worst.toFixed(0)} ms; ` +
        `peak RSS: app ${peak.self.toFixed(0)} MB, app + analysis processes ${peak.tree.toFixed(0)} MB ` +
        `(cap ${MEMORY_MB} MB per analysis process)`,
    );
    expect(ordinary.conclusion).toBe("action_required"); // the struct grew: a real finding, on time
    expect(hostileDoneFirst).toBe(false);
    expect(hostileRun.conclusion).toBe("action_required");
    expect(JSON.stringify(hostileRun.annotations)).toContain("engine/analysis-failed");
    expect(hostileRun.output.summary ?? "").toContain("types/index.d.ts");
    // Analysed on the app's event loop, the checker would block /healthz for minutes: a probe that
    // gets no answer in 10 s fails the watcher, and so the test. Every probe answered.
    expect(latencies.length).toBeGreaterThan(5);
    expect(peak.self).toBeLessThan(1536);
    expect(peak.tree).toBeLessThan(1536);
    expect(app.exitCode).toBeNull(); // the app is still up
  }, 600_000);

  test("the stopped review's verdict is recorded: an edit of the description is judged without analysing again", async () => {
    const logged = (msg: string) => output.split("\n").filter((line) => line.includes(msg)).length;
    // the hostile review above: its process died once (memory), the second try was final
    expect(logged("analysis process died; trying once more")).toBe(1);
    expect(logged("analysis stopped; reporting what could not be analysed")).toBe(1);
    const stated = "## ABI impact\n\n`f` now also accepts `0`, and `g` is removed: callers of `g` must change.\n";
    const edit = payload("pull-request-edited-adds-abi-statement");
    edit.number = 2;
    edit.pull_request = { ...opened(2, HOSTILE_HEAD, "hostile").pull_request, body: stated };
    store.repos["Codertocat/Hello-World"]!.pulls!.find((p) => p.number === 2)!.body = stated;
    const res = await sendWebhook({
      url: `http://127.0.0.1:${port}/api/github/webhooks`,
      secret: SECRET,
      event: "pull_request",
      payload: edit,
    });
    expect(res.status).toBeLessThan(300);
    const run = await waitFor(
      () => fake.state.checkRuns.find((r) => r.head_sha === HOSTILE_HEAD && r.conclusion === "success"),
      120_000,
      "the re-judged verdict",
    ).catch((err) => {
      throw new Error(`${(err as Error).message}\n${output}`);
    });
    expect(run.output.summary ?? "").toContain("engine/analysis-failed"); // still said: the file was not analysed
    expect(logged("analysis process died; trying once more")).toBe(1);
    expect(logged("analysis stopped; reporting what could not be analysed")).toBe(1);
  }, 300_000);
});
