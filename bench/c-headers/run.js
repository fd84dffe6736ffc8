// Throughput of the C header detector over every header under /usr/include (or the directory
// given as argv[2]): self-compare pairs through the detectors' analyze(), next to a raw
// tree-sitter parse of the same files. Run after `npm run build`: node bench/c-headers/run.js
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { createRequire } from "node:module";
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { Language, Parser } from "web-tree-sitter";
import { cDetector } from "../../lib/detectors/c/index.js";
import { cppDetector } from "../../lib/detectors/cpp/index.js";
import { defaultConfig } from "../../lib/config/defaults.js";

const root = process.argv[2] ?? "/usr/include";
if (!existsSync(root)) {
  console.log(`${root} is absent; nothing to measure.`);
  process.exit(0);
}

function headers(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    let st;
    try {
      st = statSync(full);
    } catch {
      continue;
    }
    if (st.isDirectory()) out.push(...headers(full));
    else if (/\.(h|hh|hpp|hxx|inl)$/.test(name)) out.push(full);
  }
  return out;
}

const files = headers(root)
  .sort()
  .map((f) => ({ path: relative(root, f), text: readFileSync(f, "utf8") }));
const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
const mb = bytes / 1e6;

// 1. raw tree-sitter: parse each file with the C grammar, nothing else
await Parser.init();
const require = createRequire(import.meta.url);
const parser = new Parser();
parser.setLanguage(await Language.load(require.resolve("tree-sitter-c/tree-sitter-c.wasm")));
// CPU time next to wall time: on a shared host the ratio of CPU times is the steadier one.
const cpuSec = (since) => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1e6;
};
let t0 = performance.now();
let cpu0 = process.cpuUsage();
for (const f of files) parser.parse(f.text).delete();
const rawSec = (performance.now() - t0) / 1000;
const rawCpu = cpuSec(cpu0);

// 2. the detectors on self-compare pairs (before === after), one changeset per file
await cDetector.init();
const config = defaultConfig();
let findings = 0;
let failures = 0;
t0 = performance.now();
cpu0 = process.cpuUsage();
for (const f of files) {
  const pair = { path: f.path, status: "modified", before: f.text, after: f.text, hunks: [] };
  const changeSet = {
    repo: { owner: "o", name: "r" },
    base: { ref: "b", sha: "b" },
    head: { ref: "h", sha: "h" },
    title: "",
    body: "",
    files: [pair],
  };
  const ctx = { config, changeSet, checkBudget: () => {} };
  try {
    const found = [...cDetector.analyze(pair, ctx).findings, ...cppDetector.analyze(pair, ctx).findings];
    for (const x of found.slice(0, Math.max(0, 5 - findings)))
      console.error(`self-compare finding: ${x.path}:${x.line} ${x.ruleId} ${x.message}`);
    findings += found.length;
  } catch (err) {
    failures++;
    if (failures <= 5) console.error(`${f.path}: ${err.message}`);
  }
}
const detSec = (performance.now() - t0) / 1000;
const detCpu = cpuSec(cpu0);

const fmt = (n) => n.toFixed(1);
console.log(`headers:               ${files.length} (${fmt(mb)} MB) under ${root}`);
console.log(
  `detector self-compare: ${fmt(files.length / detSec)} headers/s, ${fmt(mb / detSec)} MB/s (${fmt(detSec)} s)`,
);
console.log(`raw tree-sitter parse: ${fmt(mb / rawSec)} MB/s (${fmt(rawSec)} s)`);
console.log(
  `ratio detector/raw:    ${(rawSec / detSec).toFixed(2)} (detector speed as a fraction of parse-only speed)`,
);
console.log(
  `ratio by CPU time:      ${(rawCpu / detCpu).toFixed(2)} (raw ${fmt(rawCpu)} s, detector ${fmt(detCpu)} s CPU)`,
);
console.log(`load average (1 min):  ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
console.log(`peak RSS:              ${fmt(process.resourceUsage().maxRSS / 1024)} MB`);
console.log(`findings on self-compare: ${findings} (expected 0); detector exceptions: ${failures}`);
