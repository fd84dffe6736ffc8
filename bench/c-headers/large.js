// Issue 13 item 12: "a 1,500-line public header is analysed in well under 100 ms". For each
// header named on the command line (real public headers from a local clone — never committed):
// a change set of one changed header (a prototype appended) in a tree of the headers beside it
// (unchanged, the context its #includes find), reviewed by `review()` with the default config —
// every detector the change needs. Prints CPU milliseconds (user + system of this process):
//   cold   the first review of the header in this process (grammars and detectors loaded by a
//          review of a one-line header first, nothing else warm);
//   warm   the median of RUNS later reviews, every text fresh (a marker comment per run) and under
//          a directory of its own (`run<N>/include/…`: the C detector re-parses a header from the
//          trees of another version of the same path), so no parse, model or tree comes from the
//          process's caches — only the JIT is warm;
//   cached the same texts as the last warm run again (what a re-review in a long-lived process costs).
// Run after `npm run build`:
//   node bench/c-headers/large.js /tmp/realhist/curl/include/curl/curl.h /tmp/realhist/zlib/zlib.h
// @ts-check
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { cpus, loadavg } from "node:os";

const ROOT = new URL("../../", import.meta.url);
const RUNS = Number(process.env.RUNS ?? 7);
const paths = process.argv.slice(2);
if (!paths.length) {
  console.log("usage: node bench/c-headers/large.js HEADER.h [HEADER.h …]");
  process.exit(0);
}

const { review } = await import(new URL("lib/engine/review.js", ROOT).href);
const { changeSetFromTrees } = await import(new URL("lib/engine/from-trees.js", ROOT).href);
const { defaultConfig } = await import(new URL("lib/config/defaults.js", ROOT).href);
const { loadGrammars } = await import(new URL("lib/detectors/c/language.js", ROOT).href);

const cpuMs = (since) => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const config = defaultConfig();

// Process start, not counted below: the grammars, and the detectors' modules (a review of a
// one-line header loads every detector a header change needs).
const t0 = process.cpuUsage();
await loadGrammars();
await review(
  changeSetFromTrees({ before: { "include/a.h": "int a;\n" }, after: { "include/a.h": "long a;\n" } }),
  config,
);
console.log(`grammars and detectors loaded in ${cpuMs(t0).toFixed(0)} ms CPU (once per process, not counted below)`);

/** The header and the headers beside it and below its directory (its #includes' context), under include/. */
function treeOf(file, dir = dirname(file), under = "include", tree = {}) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const st = statSync(full);
    if (st.isDirectory()) treeOf(file, full, `${under}/${name}`, tree);
    else if (/\.h$/.test(name)) tree[`${under}/${name}`] = readFileSync(full, "utf8");
  }
  return tree;
}

let run = 0;
/** One review of `file` changed; `fresh` puts a new marker in every text so nothing is cached. */
async function once(file, tree, fresh) {
  if (fresh) run++;
  const marked = Object.fromEntries(Object.entries(tree).map(([p, t]) => [`run${run}/${p}`, `/* run ${run} */\n${t}`]));
  const path = `run${run}/include/${basename(file)}`; // treeOf puts the header itself right under include/
  const after = { ...marked, [path]: `${marked[path]}\nint impactgate_bench_probe(void);\n` };
  const cs = changeSetFromTrees({ before: marked, after });
  const since = process.cpuUsage();
  const result = await review(cs, config);
  return { ms: cpuMs(since), findings: result.findings };
}

console.log(`load average (1 min) ${loadavg()[0].toFixed(1)} on ${cpus().length} cores; ${RUNS} warm runs each`);
console.log("header | lines | KB | headers beside it | cold ms CPU | warm ms CPU (median) | cached ms CPU | findings");
for (const file of paths) {
  const tree = treeOf(file);
  const text = readFileSync(file, "utf8");
  const cold = await once(file, tree, true);
  const warm = [];
  let last = cold;
  for (let i = 0; i < RUNS; i++) warm.push((last = await once(file, tree, true)).ms);
  const cached = await once(file, tree, false);
  const rules = [...new Set(last.findings.map((f) => f.ruleId))].join(", ");
  console.log(
    [
      file,
      text.split("\n").length,
      (Buffer.byteLength(text) / 1024).toFixed(0),
      Object.keys(tree).length - 1,
      cold.ms.toFixed(0),
      median(warm).toFixed(0),
      cached.ms.toFixed(0),
      `${last.findings.length} (${rules})`,
    ].join(" | "),
  );
}
