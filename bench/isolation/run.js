// @ts-check
/**
 * `/healthz` latency and memory while a pathological pull request is analysed (security issue 11):
 * the app runs as `npm start` runs it (lib/app/security/start.js: Probot's server, the embedded
 * queue, analysis processes) against the loopback fake GitHub with signed webhooks. It reviews one
 * ordinary pull request to warm up, then the item-3 declaration file that drives the TypeScript
 * checker past 4 GB when nothing stops it, and an ordinary pull request beside it; `/healthz` is
 * probed every 200 ms until the pathological review's verdict. Prints the probes' median and worst
 * latency, the peak RSS of the app and of its analysis processes, and the order of the verdicts.
 * test/e2e/isolation.test.ts asserts the behaviour (the loop answers, the other verdict comes
 * first, the memory cap holds); the figures are this bench's.
 *
 *   npm run build && node bench/isolation/run.js [--memory-mb=512]
 */
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { memoryStore, sendWebhook, startFakeGitHub } from "../fake-github/index.js";
import { freePort, peakRssMiB, startProcess, waitHealthy } from "../load/processes.js";
import { percentile, sleep } from "../load/measure.js";
import { permutationTypes } from "./attacks.js";

const memoryMb = Number(process.argv.find((a) => a.startsWith("--memory-mb="))?.slice(12) ?? 512);
const SECRET = "bench-isolation-secret";
const BASE = "b".repeat(40);
const HEADS = { hostile: "1".repeat(40), ordinary: "2".repeat(40), warm: "3".repeat(40) };
const POINT = (fields) =>
  `#ifndef POINT_H\n#define POINT_H\nstruct point {\n${fields}};\nint point_area(struct point p);\n#endif\n`;
const pointBefore = POINT("\tint x;\n\tint y;\n");
const pointAfter = POINT("\tint x;\n\tint y;\n\tint z;\n"); // a real break: a struct passed by value grows
const hostile = permutationTypes();

const store = memoryStore({
  "Codertocat/Hello-World": {
    defaultBranch: "master",
    branches: { master: BASE, ...HEADS },
    commits: {
      [BASE]: { ...hostile.before, "include/point.h": pointBefore },
      [HEADS.hostile]: { ...hostile.after, "include/point.h": pointBefore },
      [HEADS.ordinary]: { ...hostile.before, "include/point.h": pointAfter },
      [HEADS.warm]: { ...hostile.before, "include/point.h": pointAfter },
    },
    pulls: Object.entries(HEADS).map(([ref, sha], i) => ({
      number: i + 2,
      title: ref,
      body: "",
      base: { ref: "master", sha: BASE },
      head: { ref, sha },
      labels: [],
    })),
  },
});

const example = JSON.parse(
  readFileSync(new URL("../../fixtures/webhooks/pull-request-opened-without-statement.json", import.meta.url), "utf8"),
);
/** The recorded `opened` payload, pointed at one of the store's pull requests. */
function opened(ref) {
  const number = Object.keys(HEADS).indexOf(ref) + 2;
  const pr = example.pull_request;
  return {
    ...example,
    number,
    pull_request: {
      ...pr,
      number,
      body: "",
      head: { ...pr.head, sha: HEADS[ref], ref },
      base: { ...pr.base, sha: BASE, ref: "master" },
    },
  };
}

/** GET /healthz: how long the answer took (ms); a probe that gets no answer in 10 s counts as 10 s. */
function healthz(port) {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request({ host: "127.0.0.1", port, path: "/healthz", timeout: 10_000 }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode === 200 ? performance.now() - started : 10_000));
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(10_000));
    req.end();
  });
}

async function verdictOf(fake, ref, ms = 300_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const run = fake.state.checkRuns.find((r) => r.head_sha === HEADS[ref] && r.status === "completed");
    if (run) return { at: Date.now(), conclusion: run.conclusion };
    await sleep(50);
  }
  throw new Error(`no verdict for the ${ref} pull request in ${ms / 1000} s`);
}

const dir = mkdtempSync(join(tmpdir(), "impactgate-bench-isolation-"));
const fake = await startFakeGitHub({ store });
const { privateKey } = generateKeyPairSync("rsa", {
  modulusLength: 2048,
  privateKeyEncoding: { type: "pkcs1", format: "pem" },
  publicKeyEncoding: { type: "spki", format: "pem" },
});
writeFileSync(join(dir, "key.pem"), privateKey);
const port = await freePort();
const app = startProcess(
  process.execPath,
  ["lib/app/security/start.js"],
  {
    NODE_ENV: "production",
    APP_ID: "123",
    PRIVATE_KEY_PATH: join(dir, "key.pem"),
    WEBHOOK_SECRET: SECRET,
    GHE_HOST: fake.host,
    GHE_PROTOCOL: "http",
    HOST: "127.0.0.1",
    PORT: String(port),
    LOG_LEVEL: "warn",
    REDIS_URL: "",
    IMPACTGATE_ANALYSIS_WORKERS: "2",
    IMPACTGATE_ANALYSIS_MEMORY_MB: String(memoryMb),
    IMPACTGATE_RECONCILE_INTERVAL_MS: "-1",
  },
  "app",
);
const send = (ref) =>
  sendWebhook({
    url: `http://127.0.0.1:${port}/api/github/webhooks`,
    secret: SECRET,
    event: "pull_request",
    payload: opened(ref),
  });

try {
  await waitHealthy(`http://127.0.0.1:${port}/healthz`, 120_000);
  await send("warm");
  await verdictOf(fake, "warm", 120_000);
  const load = loadavg()[0];
  const latencies = [];
  let peakMiB = 0;
  const started = Date.now();
  await send("hostile");
  const hostileVerdict = verdictOf(fake, "hostile");
  let done = false;
  hostileVerdict.finally(() => (done = true)).catch(() => {});
  const probing = (async () => {
    while (!done) {
      latencies.push(await healthz(port));
      peakMiB = Math.max(peakMiB, peakRssMiB(app.pid)); // sampled: an analysis process stopped at its cap is gone at the end
      await sleep(200);
    }
  })();
  await sleep(1000); // the pathological analysis is under way
  await send("ordinary");
  const [ordinary, hostileRun] = await Promise.all([verdictOf(fake, "ordinary"), hostileVerdict]);
  await probing;
  const fmt = (ms) => `${ms.toFixed(0)} ms`;
  console.log(`load ${load.toFixed(1)}; analysis memory cap ${memoryMb} MB`);
  console.log(
    `/healthz during the pathological review: ${latencies.length} probes, median ${fmt(percentile(latencies, 50))}, ` +
      `p99 ${fmt(percentile(latencies, 99))}, worst ${fmt(Math.max(...latencies))} (goal: within 1 s)`,
  );
  console.log(
    `verdicts: ordinary ${ordinary.conclusion} after ${((ordinary.at - started) / 1000).toFixed(1)} s, ` +
      `pathological ${hostileRun.conclusion} after ${((hostileRun.at - started) / 1000).toFixed(1)} s` +
      (ordinary.at <= hostileRun.at ? " (the ordinary one first)" : " (the pathological one first!)"),
  );
  console.log(
    `peak RSS of the largest process (the app or one analysis process), sampled with each probe: ${peakMiB} MiB`,
  );
} finally {
  app.signal("SIGKILL");
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
}
