// Throughput of the C header detector over every header under /usr/include (or the directory
// given as argv[2]), next to a raw tree-sitter parse of the same files, in three ways:
// - self-compare: each header against itself. Both sides are one model in one environment, so
//   the detectors stop after building it (compare.ts, `unchanged`): this is the cost of reading
//   a header (text passes, parse, model, environment), with no comparison;
// - changed: the header with one comment appended against the header with another — two texts,
//   neither read before in this process, so both are read and every rule runs (still no finding
//   expected): the cost of analysing a change. Its raw figure parses both texts. The struct and
//   macro rules skip declarations written alike whose names mean the same on both sides
//   (settled.ts), so here they run for almost none;
// - edited: the header with a macro and a prototype appended against it with a comment appended —
//   each header really changes, as in a pull request that adds a flag and a function (a name new
//   on one side: the rules search what each declaration uses for a changed name).
// The raw parse is timed warm (after an untimed pass: the first pass in a process also compiles
// the grammar's WebAssembly and was 2.3× slower); the cold figure is printed too.
// Run after `npm run build`: node bench/c-headers/run.js [DIR]
// `--verify`: every incremental parse (a header's text after macro blanking or body-macro
// expansion, re-parsed from the trees of the text before it) is also parsed afresh and the two
// trees compared node by node (types, fields, ranges, ERROR and MISSING); prints how many were
// compared and every difference. Its timings include the extra parses: do not read them.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { createRequire } from "node:module";
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { Language, Parser } from "web-tree-sitter";
import { cDetector } from "../../lib/detectors/c/index.js";
import { cppDetector } from "../../lib/detectors/cpp/index.js";
import { defaultConfig } from "../../lib/config/defaults.js";
import { checkIncrementalParses } from "../../lib/detectors/c/language.js";

const verify = process.argv.includes("--verify");
const root = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? "/usr/include";
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
const CHANGED = (text, side) => `${text}\n/* impactgate bench: the ${side} side */\n`;
const EDITED = (text, side) =>
  side === "before"
    ? `${text}\n/* impactgate bench: edited */\n`
    : `${text}\n#define IMPACTGATE_BENCH_FLAG 0x1\nint impactgate_bench_appended(int flags);\n`;
/** Wall and CPU seconds of parsing `texts` once. */
function rawParse(texts) {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const text of texts) parser.parse(text).delete();
  return { sec: (performance.now() - t0) / 1000, cpu: cpuSec(cpu0) };
}
const cold = rawParse(files.map((f) => f.text));
const raw = rawParse(files.map((f) => f.text));
const rawChanged = rawParse(files.flatMap((f) => [CHANGED(f.text, "before"), CHANGED(f.text, "after")]));
const rawEdited = rawParse(files.flatMap((f) => [EDITED(f.text, "before"), EDITED(f.text, "after")]));

// 2. the detectors, one changeset per file
await cDetector.init();
const checked = { c: 0, cpp: 0, differences: [] };
if (verify)
  checkIncrementalParses((path, grammar, difference) => {
    checked[grammar]++;
    if (difference) checked.differences.push(`${path} (${grammar}): ${difference}`);
  });
const config = defaultConfig();
let findings = 0;
let failures = 0;
/** Wall and CPU seconds of analysing every file, its text made into each side by `sideOf`. */
function detect(sideOf) {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const f of files) analyse(f, sideOf(f.text, "before"), sideOf(f.text, "after"));
  return { sec: (performance.now() - t0) / 1000, cpu: cpuSec(cpu0) };
}
// Untimed first: compile the detectors' code (JIT) on texts of their own, so neither timed run
// pays for it (whichever ran first did, by a second or more).
for (const f of files.slice(0, 200)) analyse(f, CHANGED(f.text, "warm-up before"), CHANGED(f.text, "warm-up after"));
const self = detect((text) => text);
const changed = detect(CHANGED);
const edited = detect(EDITED);

function analyse(f, before, after) {
  const pair = { path: f.path, status: "modified", before, after, hunks: [] };
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
      console.error(`finding: ${x.path}:${x.line} ${x.ruleId} ${x.message}`);
    findings += found.length;
  } catch (err) {
    failures++;
    if (failures <= 5) console.error(`${f.path}: ${err.message}`);
  }
}

const fmt = (n) => n.toFixed(1);
const ratio = (r, d) => `${(r / d).toFixed(2)}`;
console.log(`headers:               ${files.length} (${fmt(mb)} MB) under ${root}`);
console.log(
  `raw tree-sitter parse: ${fmt(mb / raw.sec)} MB/s (${fmt(raw.sec)} s, CPU ${raw.cpu.toFixed(2)} s; cold first pass ${fmt(cold.sec)} s, CPU ${cold.cpu.toFixed(2)} s: by CPU the self-compare is ${ratio(cold.cpu, self.cpu)} of it)`,
);
for (const [name, det, r] of [
  ["self-compare", self, raw],
  ["changed", changed, rawChanged],
  ["edited", edited, rawEdited],
]) {
  console.log(
    `detector ${name.padEnd(12)}: ${fmt(files.length / det.sec)} headers/s, ${fmt(mb / det.sec)} MB/s (${fmt(det.sec)} s); ` +
      `ratio to raw ${ratio(r.sec, det.sec)} by wall, ${ratio(r.cpu, det.cpu)} by CPU ` +
      `(raw ${r.cpu.toFixed(2)} s, detector ${det.cpu.toFixed(2)} s CPU)`,
  );
}
console.log(`load average (1 min):  ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
console.log(`peak RSS:              ${fmt(process.resourceUsage().maxRSS / 1024)} MB`);
console.log(`findings (all runs): ${findings} (expected 0); detector exceptions: ${failures}`);
if (verify) {
  console.log(
    `--verify: incremental parses compared with a fresh parse: ${checked.c} C, ${checked.cpp} C++; ` +
      `${checked.differences.length} differ (timings above include the fresh parses)`,
  );
  for (const d of checked.differences) console.log(`  differs: ${d}`);
}
