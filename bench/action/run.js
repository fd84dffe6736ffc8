// Action start → verdict on the bundled example (issue 16: ≤ 5 s). Runs the committed bundle
// (dist/action, copied out of the repository so nothing resolves from node_modules) as the runner
// does, against the loopback fake GitHub, and prints per run: process start → the check run's
// create answered (the verdict on the PR) and → the step's exit (comment and labels included).
//
//   node bench/action/run.js [RUNS] [DIR]   (default 5 runs of dist/action; DIR: a bundle built
//                                           elsewhere, `node scripts/build-action.js DIR`)
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { githubSchema, startFakeGitHub } from "../fake-github/index.js";
import { EXAMPLE, exampleStore, pullRequestEvent, runBundledAction } from "./scenario.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const RUNS = Number(process.argv[2] ?? 5);
const TOKEN = "ghs_bench_workflow";

const actionDir = mkdtempSync(join(tmpdir(), "impactgate-action-bench-"));
cpSync(process.argv[3] ?? join(ROOT, "dist/action"), actionDir, { recursive: true });

// GitHub's GraphQL schema is built once in this process before the clock starts (it is the fake's cost, not the Action's)
await githubSchema();
const rows = [];
for (let i = 0; i < RUNS; i++) {
  // a fresh repository each run: the first review of a head (no recorded findings to reuse)
  const fake = await startFakeGitHub({
    store: exampleStore(),
    tokens: { [TOKEN]: { permission: "write", login: "github-actions[bot]" } },
  });
  const started = Date.now();
  const r = await runBundledAction({
    actionDir,
    apiUrl: fake.baseUrl,
    event: pullRequestEvent({ action: "opened" }),
    token: TOKEN,
  });
  const verdict = fake.requests.find((q) => q.route === "POST /repos/{owner}/{repo}/check-runs" && q.status === 201);
  await fake.close();
  if (r.code !== 1 || !verdict) {
    console.error(`run ${i + 1}: unexpected result (exit ${r.code})\n${r.stdout}\n${r.stderr}`);
    process.exit(2);
  }
  rows.push({ verdictMs: verdict.at - started, exitMs: r.ms, cpuMs: r.cpuMs, requests: fake.requests.length });
}
rmSync(actionDir, { recursive: true, force: true });

const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  `Action on the bundled example (${EXAMPLE.owner}/${EXAMPLE.repo}#${EXAMPLE.number}), ${RUNS} runs, node ${process.version}`,
);
console.log(`machine load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`);
console.log("run  start→verdict  start→exit  CPU (user+sys)  requests");
rows.forEach((r, i) =>
  console.log(
    `${String(i + 1).padStart(3)}  ${fmt(r.verdictMs).padStart(13)}  ${fmt(r.exitMs).padStart(10)}  ${fmt(r.cpuMs).padStart(14)}  ${String(r.requests).padStart(8)}`,
  ),
);
const worst = Math.max(...rows.map((r) => r.verdictMs));
console.log(
  `median start→verdict ${fmt(median(rows.map((r) => r.verdictMs)))} (target ≤ 5 s), worst ${fmt(worst)}; median start→exit ${fmt(median(rows.map((r) => r.exitMs)))}; median CPU ${fmt(median(rows.map((r) => r.cpuMs)))}`,
);
