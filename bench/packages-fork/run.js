// Time of the changeset-level packages, fork and watch detectors on a synthetic monorepo:
// 100,000 paths, 400 npm workspace packages in a dependency chain of layers, 60 touched, and
// 20,000 symbols for the parallel-interface rule. Prints figures; asserts nothing.
// Run after `npm run build`: node bench/packages-fork/run.js
import { performance } from "node:perf_hooks";
import { packagesDetector, workspaceFilesWanted } from "../../lib/detectors/packages/index.js";
import { forkDetector } from "../../lib/detectors/fork/index.js";
import { watchDetector } from "../../lib/detectors/watch/index.js";
import { defaultConfig } from "../../lib/config/defaults.js";

const PACKAGES = 400;
const paths = [];
const files = { "package.json": JSON.stringify({ workspaces: ["packages/*"] }) };
for (let i = 0; i < PACKAGES; i++) {
  const deps = Object.fromEntries([i - 1, i - 7, i - 31].filter((d) => d >= 0).map((d) => [`pkg-${d}`, "*"]));
  files[`packages/p${i}/package.json`] = JSON.stringify({ name: `pkg-${i}`, dependencies: deps });
  paths.push(`packages/p${i}/package.json`);
}
for (let i = 0; paths.length < 100_000; i++) paths.push(`packages/p${i % PACKAGES}/src/file${i}.ts`);
paths.push("package.json");

const changed = Array.from({ length: 60 }, (_, i) => ({
  path: `packages/p${i * 6}/src/file${i * 6}.ts`,
  status: "modified",
  before: "a\n",
  after: "b\n",
  hunks: [{ oldStart: 1, oldLines: 1, newStart: 1, newLines: 1, lines: ["-a", "+b"] }],
}));
const symbols = { before: [], after: [] };
for (let i = 0; i < 10_000; i++) {
  symbols.before.push({ name: `fn_${i}`, kind: "function", path: "include/api.h", line: i + 1 });
  symbols.after.push({ name: `fn_${i}`, kind: "function", path: "include/api.h", line: i + 1 });
  if (i % 1000 === 0) symbols.after.push({ name: `fn_${i}_v2`, kind: "function", path: "include/api.h", line: i + 2 });
}
const config = {
  ...defaultConfig(),
  watch: Array.from({ length: 50 }, (_, i) => ({
    name: `w${i}`,
    paths: [`packages/p${i}/**`],
    symbols: [`fn_${i}*`],
    notify: ["@x"],
    "require-ack": false,
  })),
};
const cs = {
  repo: { owner: "o", name: "r" },
  base: { ref: "main", sha: "1" },
  head: { ref: "f", sha: "2" },
  title: "",
  body: "",
  files: changed,
  workspace: { paths, files },
  upstream: { repo: "up/r", branch: "main", files: Object.fromEntries(changed.map((f) => [f.path, "a\n"])) },
};
const ctx = { config, changeSet: cs, checkBudget() {}, findings: [], symbols };

function time(label, f, runs = 5) {
  f();
  const start = performance.now();
  let out;
  for (let i = 0; i < runs; i++) out = f();
  console.log(`${label.padEnd(44)} ${((performance.now() - start) / runs).toFixed(1).padStart(8)} ms`);
  return out;
}

time("workspaceFilesWanted (100k paths)", () => workspaceFilesWanted(paths));
const pk = time("packages detector (400 packages, 60 touched)", () => packagesDetector.analyzeChangeSet(cs, ctx));
const fk = time("fork detector (60 files, 20k symbols)", () => forkDetector.analyzeChangeSet(cs, ctx));
const wt = time("watch detector (50 lists)", () => watchDetector.analyzeChangeSet(cs, ctx));
console.log(`findings: packages ${pk.findings.length}, fork ${fk.findings.length}, watch ${wt.findings.length}`);
