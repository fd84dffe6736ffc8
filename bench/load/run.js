// Load and fault bench: `npm run bench:load` (or `node bench/load/run.js [--quick]`). Prints figures; asserts nothing.
// @ts-check
import { spawnSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem, tmpdir } from "node:os";
import { join } from "node:path";
import { startFakeGitHub } from "../fake-github/index.js";
import { startFaultProxy } from "./fault-proxy.js";
import { gitStore } from "./git-store.js";
import { completedAt, countRequests, percentile, settle, sleep, webhook } from "./measure.js";
import { ROOT, freePort, startProcess, waitHealthy } from "./processes.js";
import { baseTree, hugeRepo, prPayload, pulls } from "./workload.js";

const QUICK = process.argv.includes("--quick");
const ONLY = process.argv
  .find((a) => a.startsWith("--only="))
  ?.slice(7)
  .split(",");
const wants = (name) => !ONLY || ONLY.includes(name);
const CONCURRENT = 20;
const SINGLE = QUICK ? 2 : 5;
const DELIVERIES = QUICK ? 300 : 2000;
const SECRET = "bench-secret";
const tmp = mkdtempSync(join(tmpdir(), "impactgate-bench-"));
const { privateKey } = generateKeyPairSync("rsa", {
  modulusLength: 2048,
  privateKeyEncoding: { type: "pkcs1", format: "pem" },
  publicKeyEncoding: { type: "spki", format: "pem" },
});
writeFileSync(join(tmp, "key.pem"), privateKey);
const store = gitStore(join(tmp, "repos"));
const cleanup = [];
const results = {};

function log(...args) {
  process.stderr.write(`[bench] ${args.join(" ")}\n`);
}

/** The app as users run it (`npm start`, GHE_HOST, GHE_PROTOCOL=http), plus Redis and workers when asked. */
async function deploy({ name, redis = false, workers = 0, rates, reconcile = false, repos = store }) {
  const fake = await startFakeGitHub({ store: repos });
  const proxy = await startFaultProxy({ target: { host: "127.0.0.1", port: fake.port }, store: repos, rates });
  const port = await freePort();
  const env = {
    APP_ID: "1",
    PRIVATE_KEY_PATH: join(tmp, "key.pem"),
    WEBHOOK_SECRET: SECRET,
    GHE_HOST: proxy.host,
    GHE_PROTOCOL: "http",
    HOST: "127.0.0.1",
    PORT: String(port),
    LOG_LEVEL: "warn",
    LOG_FORMAT: "json",
    NODE_ENV: "production",
    NODE_OPTIONS: "",
    // Off unless asked: at start it would enqueue every PR of every repository in the store.
    IMPACTGATE_RECONCILE_INTERVAL_MS: reconcile ? "0" : "-1",
  };
  const procs = [];
  let redisProc;
  if (redis) {
    const rport = await freePort();
    redisProc = startProcess(
      "redis-server",
      ["--port", String(rport), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      {},
      "redis",
    );
    env.REDIS_URL = `redis://127.0.0.1:${rport}`;
    await sleep(300);
  }
  const app = startProcess("npm", ["start"], env, "app");
  procs.push(app);
  await waitHealthy(`http://127.0.0.1:${port}/healthz`);
  log(`${name}: app up on ${port}`);
  const workerProcs = [];
  for (let i = 0; i < workers; i++) {
    const wport = await freePort();
    const w = startProcess(
      process.execPath,
      ["bin/impactgate.js", "worker"],
      { ...env, WORKER_PORT: String(wport) },
      `worker${i + 1}`,
    );
    await waitHealthy(`http://127.0.0.1:${wport}/readyz`);
    workerProcs.push(w);
    procs.push(w);
  }
  const dep = {
    name,
    fake,
    proxy,
    app,
    workers: workerProcs,
    secret: SECRET,
    webhookUrl: `http://127.0.0.1:${port}/api/github/webhooks`,
    async stop() {
      for (const p of procs) p.signal("SIGTERM");
      await Promise.race([Promise.all(procs.map((p) => p.exited)), sleep(30_000)]);
      for (const p of procs) p.signal("SIGKILL");
      redisProc?.signal("SIGKILL");
      await proxy.close();
      await fake.close();
    },
  };
  cleanup.push(() => dep.stop());
  return dep;
}

/** One PR at a time: webhook → completed check, and every request the review made. */
async function singlePRs(dep, repo, list) {
  const latencies = [];
  const perReview = [];
  for (const pull of list) {
    const before = dep.fake.requests.length;
    const t0 = Date.now();
    await webhook(dep, prPayload("bench", repo, pull));
    const done = await completedAt(dep.fake, pull.head.sha, t0 + 60_000);
    log(`${dep.name}: PR ${pull.number} checked in ${done ? done - t0 : "—"} ms`);
    if (!done)
      log(
        `no check for PR ${pull.number}; app log tail:\n${dep.app.log().slice(-3000)}\nrequests: ${dep.fake.requests
          .slice(before)
          .map((r) => `${r.status} ${r.method} ${r.path}`)
          .join("\n")}`,
      );
    latencies.push(done ? done - t0 : NaN);
    await settle(dep.fake);
    const made = dep.fake.requests.slice(before);
    const verdictAt = made.findIndex((r) => r.route === "POST /repos/{owner}/{repo}/check-runs");
    perReview.push({
      ...countRequests(made),
      // what reached GitHub before the verdict (the check run's create), in order
      beforeVerdict: made
        .slice(0, verdictAt < 0 ? made.length : verdictAt)
        .map((r) =>
          r.route === "POST /graphql" ? `graphql ${/refPrefix/.test(r.body?.query) ? "tags" : "query"}` : r.route,
        ),
    });
  }
  return { latencies, perReview };
}

/** `count` PRs of one installation at once: when does each verdict land? */
async function concurrentPRs(dep, repo, list, { during } = {}) {
  const t0 = Date.now();
  await Promise.all(list.map((pull) => webhook(dep, prPayload("bench", repo, pull))));
  const accepted = Date.now() - t0;
  if (during) await during();
  const done = await Promise.all(list.map((pull) => completedAt(dep.fake, pull.head.sha, t0 + 300_000)));
  const latencies = done.filter((d) => d !== undefined).map((d) => d - t0);
  // Comments and labels GitHub received before the last verdict: each one delayed some verdict.
  const lastVerdict = Math.max(...done.filter((d) => d !== undefined));
  const timeline = process.argv.find((a) => a.startsWith("--timeline="))?.slice(11);
  // every request of the burst, in order: when it reached GitHub and what it was (for reading, not a figure)
  if (timeline)
    writeFileSync(
      timeline,
      dep.fake.requests
        .filter((r) => r.at >= t0)
        .map((r) => {
          const what =
            r.route === "POST /graphql" ? `graphql ${/refPrefix/.test(r.body?.query) ? "tags" : "query"}` : r.route;
          return `${String(r.at - t0).padStart(6)} ms  ${what}  ${r.path}\n`;
        })
        .join(""),
    );
  const aheadOfVerdicts = dep.fake.requests.filter(
    (r) => r.at >= t0 && r.at < lastVerdict && r.method !== "GET" && /\/issues\/\d+\/(comments|labels)/.test(r.path),
  ).length;
  return { accepted, latencies, missing: done.filter((d) => d === undefined).length, aheadOfVerdicts };
}

/** Deliveries a second the webhook endpoint sustains: validate → dedupe/enqueue → 2xx. */
async function deliveriesPerSecond(dep, repo, pull, total, concurrency = 32) {
  const payload = prPayload("bench", repo, pull, "reopened");
  let next = 0;
  let bad = 0;
  const t0 = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next++;
        const res = await webhook(dep, payload);
        if (res.status >= 300) bad++;
      }
    }),
  );
  return { perSecond: Math.round(total / ((Date.now() - t0) / 1000)), non2xx: bad };
}

const ms = (v) => (Number.isFinite(v) ? `${(v / 1000).toFixed(2)} s` : "—");
function summarise(label, single, conc) {
  const r = single.perReview;
  const breaking = r.filter((_, i) => i % 2 === 0);
  const clean = r.filter((_, i) => i % 2 === 1);
  const avg = (xs, k) => (xs.length ? (xs.reduce((a, x) => a + x[k], 0) / xs.length).toFixed(1) : "—");
  return {
    label,
    "one PR: webhook → completed check p50": ms(percentile(single.latencies, 50)),
    "one PR: p99": ms(percentile(single.latencies, 99)),
    [`${CONCURRENT} PRs at once: all webhooks answered in`]: ms(conc.accepted),
    [`${CONCURRENT} PRs at once: check p50`]: ms(percentile(conc.latencies, 50)),
    [`${CONCURRENT} PRs at once: check p99`]: ms(percentile(conc.latencies, 99)),
    // One content-creating request a second per installation: a verdict takes one slot (its check run)
    [`${CONCURRENT} PRs at once: floor (1 write a verdict, 1/s)`]: `${CONCURRENT - 1}–${CONCURRENT} s`,
    [`${CONCURRENT} PRs at once: comment/label writes before the last verdict`]: String(conc.aheadOfVerdicts),
    "requests per review, PR with findings (token included)": avg(breaking, "requests"),
    "writes per review, PR with findings": avg(breaking, "writes"),
    // the first PR with findings (token, tags first asked), and the next one
    ...Object.fromEntries(
      breaking
        .slice(0, 2)
        .map((r, i) => [`before the verdict, PR ${2 * i + 1} (findings)`, r.beforeVerdict.join(", ") || "—"]),
    ),
    "requests per review, clean PR": avg(clean, "requests"),
    "writes per review, clean PR": avg(clean, "writes"),
  };
}

function mixed(from, count) {
  // Alternate: breaking, clean, breaking, … (summarise() relies on that order).
  const b = pulls(from, count, "breaking");
  const c = pulls(from + 1000, count, "clean");
  return Array.from({ length: count }, (_, i) => (i % 2 === 0 ? b[i] : c[i]));
}

function printSection(section) {
  process.stdout.write(`\n## ${section.label}\n`);
  for (const [k, v] of Object.entries(section)) if (k !== "label") process.stdout.write(`  ${k.padEnd(58)} ${v}\n`);
}

async function main() {
  if (!process.argv.includes("--no-build")) log("building lib/ (tsc)");
  if (!process.argv.includes("--no-build"))
    spawnSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], {
      cwd: ROOT,
      stdio: "ignore",
    });

  const machine = `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}`;
  process.stdout.write(
    `Impactgate load and fault bench — ${new Date().toISOString().slice(0, 10)} — ${machine}${QUICK ? " (--quick)" : ""}\n`,
  );

  // ---- embedded queue, one process
  if (wants("embedded")) {
    const single = store.createRepo("bench", "embedded", baseTree(), mixed(1, SINGLE));
    const many = store.createRepo("bench", "embedded-many", baseTree(), pulls(100, CONCURRENT, "breaking"));
    const huge = hugeRepo(3000, 100);
    const [hugePull] = store.createRepo("bench", "huge", huge.base, [huge.pull]);
    log("embedded: starting npm start");
    const dep = await deploy({ name: "embedded" });
    const s = await singlePRs(dep, "embedded", single);
    const c = await concurrentPRs(dep, "embedded-many", many);
    await settle(dep.fake);
    const d = await deliveriesPerSecond(dep, "embedded", single[0], DELIVERIES);
    const rssLoad = dep.app.peakRssMiB();
    log("embedded: 3000-file PR");
    const t0 = Date.now();
    await webhook(dep, prPayload("bench", "huge", hugePull));
    const hugeDone = await completedAt(dep.fake, hugePull.head.sha, t0 + 600_000);
    const hugeRun = dep.fake.state.checkRuns.find((r) => r.head_sha === hugePull.head.sha);
    results.embedded = {
      ...summarise("embedded queue (npm start, 1 process)", s, c),
      "deliveries/s sustained (32 concurrent senders)": `${d.perSecond} (${d.non2xx} non-2xx)`,
      "peak RSS, app": `${rssLoad} MiB`,
      "3000-file PR (100 headers): webhook → completed check": ms(hugeDone ? hugeDone - t0 : NaN),
      "3000-file PR: conclusion": hugeRun?.conclusion ?? "none",
      "3000-file PR: peak RSS, app": `${dep.app.peakRssMiB()} MiB`,
    };
    await dep.stop();
    cleanup.pop();
    printSection(Object.values(results).at(-1));
  }

  // ---- verdict latency only (`--only=verdicts`, issue 15): one PR at a time and 20 at once, embedded queue
  if (ONLY?.includes("verdicts")) {
    const single = store.createRepo("bench", "verdicts", baseTree(), mixed(1, SINGLE));
    const many = store.createRepo("bench", "verdicts-many", baseTree(), pulls(100, CONCURRENT, "breaking"));
    log("verdicts: starting npm start");
    const dep = await deploy({ name: "verdicts" });
    const s = await singlePRs(dep, "verdicts", single);
    const c = await concurrentPRs(dep, "verdicts-many", many);
    await settle(dep.fake);
    results.verdicts = summarise("verdict latency (npm start, embedded queue, 1 process)", s, c);
    await dep.stop();
    cleanup.pop();
    printSection(Object.values(results).at(-1));
  }

  // ---- Redis + two workers
  if (wants("redis")) {
    const single = store.createRepo("bench", "redis", baseTree(), mixed(1, SINGLE));
    const many = store.createRepo("bench", "redis-many", baseTree(), pulls(100, CONCURRENT, "breaking"));
    log("redis: starting redis-server, npm start and 2 workers");
    const dep = await deploy({ name: "redis", redis: true, workers: 2 });
    const s = await singlePRs(dep, "redis", single);
    const c = await concurrentPRs(dep, "redis-many", many);
    await settle(dep.fake);
    const d = await deliveriesPerSecond(dep, "redis", single[0], DELIVERIES);
    results.redis = {
      ...summarise("Redis + 2 workers", s, c),
      "deliveries/s sustained (32 concurrent senders)": `${d.perSecond} (${d.non2xx} non-2xx)`,
      "peak RSS, app": `${dep.app.peakRssMiB()} MiB`,
      "peak RSS, workers": dep.workers.map((w) => `${w.peakRssMiB()} MiB`).join(", "),
    };
    await dep.stop();
    cleanup.pop();
    printSection(Object.values(results).at(-1));
  }

  // ---- faults: 5xx, 429, secondary rate limits, 2 s latency, a worker SIGKILLed mid-review
  if (wants("faults")) {
    const many = store.createRepo("bench", "faults", baseTree(), pulls(200, CONCURRENT, "breaking"));
    const rates = { e5xx: 0.05, e429: 0.03, secondary: 0.03, slow: 0.05 };
    log("faults: Redis + 2 workers behind the fault proxy");
    const dep = await deploy({ name: "faults", redis: true, workers: 2, rates });
    const c = await concurrentPRs(dep, "faults", many, {
      during: async () => {
        await sleep(1500);
        log("faults: SIGKILL worker1 mid-review");
        dep.workers[0].signal("SIGKILL");
      },
    });
    log(`faults: ${c.latencies.length} of ${CONCURRENT} checks completed, ${c.missing} missing after 300 s`);
    await settle(dep.fake, 5000, 60_000);
    const runs = many.map((p) =>
      dep.fake.state.checkRuns.find((r) => r.head_sha === p.head.sha && r.status === "completed"),
    );
    results.faults = {
      label: "faults (Redis + 2 workers, one SIGKILLed 1.5 s in)",
      injected: `${dep.proxy.injected.e5xx}× 502, ${dep.proxy.injected.e429}× 429, ${dep.proxy.injected.secondary}× secondary rate limit, ${dep.proxy.injected.slow}× +2 s`,
      [`PR head SHAs left without a completed check (of ${CONCURRENT})`]: String(runs.filter((r) => !r).length),
      "checks concluded failure (a fault reached the user)": String(
        runs.filter((r) => r?.conclusion === "failure").length,
      ),
      "check p50 / p99": `${ms(percentile(c.latencies, 50))} / ${ms(percentile(c.latencies, 99))}`,
    };
    await dep.stop();
    cleanup.pop();
    printSection(Object.values(results).at(-1));
  }

  // ---- outage: webhooks lost while the app was down; reconciliation at start finds the PRs
  if (wants("outage")) {
    const own = gitStore(join(tmp, "outage-repos"));
    const lost = own.createRepo("bench", "outage", baseTree(), mixed(300, 10));
    log("outage: 10 PRs whose webhooks were never delivered; app + 2 workers start with reconciliation");
    const t0 = Date.now();
    const dep = await deploy({ name: "outage", redis: true, workers: 2, reconcile: true, repos: own });
    const done = await Promise.all(lost.map((p) => completedAt(dep.fake, p.head.sha, t0 + 240_000)));
    const landed = done.filter((d) => d !== undefined);
    results.outage = {
      label: "outage: 10 open PRs whose webhooks were lost, then the app (Redis + 2 workers) starts",
      "PR head SHAs left without a completed check (of 10)": String(done.length - landed.length),
      "last verdict, counted from process start": ms(landed.length ? Math.max(...landed) - t0 : NaN),
    };
    await dep.stop();
    cleanup.pop();
    printSection(results.outage);
  }

  if (process.argv.includes("--json")) process.stdout.write(`\n${JSON.stringify(results, null, 2)}\n`);
}

main()
  .catch((err) => {
    process.stderr.write(`bench failed: ${err.stack ?? err}\n`);
    process.exitCode = 1;
  })
  .finally(async () => {
    for (const f of cleanup.reverse()) await f().catch(() => undefined);
    rmSync(tmp, { recursive: true, force: true });
  });
