// Speed bench (issue 15): `node bench/speed/run.js [abidiff] [start]` after `npm run build`.
// Prints figures and the host's load average next to each; asserts nothing.
//   abidiff — `impactgate diff` on two kernel UAPI header trees (Debian's linux-libc-dev, two
//             6.12 stable releases: ~930 headers, ~17 changed) against the kernel's way of
//             checking them: compile each changed header on both sides with `gcc -g`, then
//             `abidiff --non-reachable-types`, on the same changed headers, in the same run.
//   start   — process start: `impactgate --version`, and `impactgate diff` on one small header pair;
//             `--compare=DIR` runs another built checkout in turn with this one, `--runs=N`.
//   linear  — how the C analysis grows with the size of a header, the number of changed headers
//             and the size of the include closure, 1× to 1,000× (bench/speed/linear.js).
//   check   — `impactgate check` on the last commits that touched headers of a local clone
//             (`--repo=DIR`, never committed here; `--commits=N`, default 5), each as its own
//             range `<commit>~1..<commit>`, analysed in-process so its CPU is counted; with
//             `--compare=DIR` another build runs each commit in turn with this one.
// C analysis throughput against a raw tree-sitter parse is bench/c-headers/run.js; verdict
// latency is `node bench/load/run.js --only=verdicts`.
// @ts-check
import { linearBench } from "./linear.js";
import { kernelTree } from "../kernel-uapi/trees.js";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, join, relative } from "node:path";
import { performance } from "node:perf_hooks";

const ROOT = new URL("../../", import.meta.url).pathname;
const CLI = join(ROOT, "bin/impactgate.js");
const WORK = process.env.IMPACTGATE_BENCH_DIR ?? "/tmp/impactgate-bench-speed";
// Two stable kernels Debian ships (bookworm-backports, trixie-security); the versions are pinned
// so every run compares the same trees.
const KERNELS = { before: "6.12.95-1~bpo12+1", after: "6.12.118-1" };
const sections = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const wants = (name) => sections.length === 0 || sections.includes(name);

const load = () => loadavg()[0].toFixed(1);
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
function print(label, value) {
  process.stdout.write(`  ${label.padEnd(64)} ${value}   (load ${load()})\n`);
}

/**
 * CPU seconds (user + system) used so far by this process's waited-for children, from
 * /proc/self/stat: on a shared, loaded host, CPU time says what a run costs where wall time
 * mostly says how busy the host was.
 */
function childCpuMs() {
  const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100; // cutime + cstime, 100 ticks/s
}

/** Runs `command` to completion: wall and CPU time (children included). */
function timed(command, args, options = {}) {
  const cpu0 = childCpuMs();
  const t0 = performance.now();
  const result = spawnSync(command, args, options);
  return { result, wall: performance.now() - t0, cpu: childCpuMs() - cpu0 };
}

function has(command) {
  return spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;
}

/** abigail-tools when missing (Debian/Ubuntu, as root or with sudo). */
function ensureAbigail() {
  if (has("abidiff")) return;
  process.stderr.write("[bench] installing abigail-tools\n");
  const apt = process.getuid?.() === 0 ? ["apt-get"] : ["sudo", "apt-get"];
  execFileSync(apt[0], [...apt.slice(1), "update"], { stdio: "inherit" });
  execFileSync(apt[0], [...apt.slice(1), "install", "-y", "abigail-tools"], { stdio: "inherit" });
}

/** The two header trees, from Debian's archive through a private apt state (bench/kernel-uapi/trees.js). */
function kernelTrees() {
  return { before: kernelTree(WORK, KERNELS.before), after: kernelTree(WORK, KERNELS.after) };
}

function headers(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...headers(full));
    else if (name.endsWith(".h")) out.push(full);
  }
  return out;
}

/** The kernel's way for one header and side: a TU that includes it, compiled with debug info of every type. */
function compileHeader(tree, header, out) {
  mkdirSync(dirname(out), { recursive: true });
  // gcc leaves types nothing uses out of the debug info unless told otherwise; abidiff reads an
  // object's ELF symbols first and fails on one that has none, so one defined global gives it a
  // symbol table (--non-reachable-types then compares every type).
  const flags = ["-g", "-fno-eliminate-unused-debug-types", "-c", "-x", "c"];
  const r = spawnSync("gcc", [...flags, "-I", tree, "-o", out, "-"], {
    input: `#include <${header}>\nint impactgate_bench_anchor;\n`,
  });
  return r.status === 0;
}

function abidiffBench() {
  ensureAbigail();
  const trees = kernelTrees();
  const before = headers(trees.before).map((f) => relative(trees.before, f));
  const after = new Set(headers(trees.after).map((f) => relative(trees.after, f)));
  const changed = before.filter(
    (h) => after.has(h) && !readFileSync(join(trees.before, h)).equals(readFileSync(join(trees.after, h))),
  );
  process.stdout.write(
    `\n## impactgate diff vs gcc -g + abidiff — linux-libc-dev ${KERNELS.before} → ${KERNELS.after}\n`,
  );
  print("headers before / after", `${before.length} / ${after.size}`);
  print("changed headers (same set both ways)", `${changed.length}: ${changed.join(" ")}`);

  const objects = join(WORK, "objects");
  rmSync(objects, { recursive: true, force: true });
  const cpu0 = childCpuMs();
  const t0 = performance.now();
  let compiled = 0;
  let reports = 0;
  let errors = 0;
  for (const h of changed) {
    const o = { before: join(objects, "before", `${h}.o`), after: join(objects, "after", `${h}.o`) };
    const ok = compileHeader(trees.before, h, o.before) && compileHeader(trees.after, h, o.after);
    if (!ok) continue;
    compiled++;
    const r = spawnSync("abidiff", ["--non-reachable-types", o.before, o.after]);
    // abidiff's exit status is a bit field: 1 error, 2 usage, 4 ABI change, 8 incompatible change.
    if ((r.status ?? 1) & 3) errors++;
    else if ((r.status ?? 0) & 12) reports++;
  }
  const pipeline = { wall: performance.now() - t0, cpu: childCpuMs() - cpu0 };
  print(
    "gcc -g (×2) + abidiff, per changed header, sequential: wall / CPU",
    `${s(pipeline.wall)} / ${s(pipeline.cpu)}`,
  );
  print("  headers compiled on both sides / abidiff: a change / an error", `${compiled} / ${reports} / ${errors}`);

  const ours = timed(process.execPath, [CLI, "diff", trees.before, trees.after, "--format", "json"], {
    maxBuffer: 256 * 2 ** 20,
  });
  const cli = ours.result;
  let findings;
  try {
    findings = String(JSON.parse(cli.stdout.toString()).findings?.length ?? "?");
  } catch {
    findings = `unreadable output (exit ${cli.status}): ${cli.stderr.toString().slice(0, 300)}`;
  }
  print("impactgate diff BEFORE AFTER (process start included): wall / CPU", `${s(ours.wall)} / ${s(ours.cpu)}`);
  print("  exit code / findings", `${cli.status} / ${findings}`);
  // The CLI kills its analysis process at exit instead of waiting for it, so that process's CPU
  // never reaches this one's children's times: the CPU above leaves the analysis out. The same
  // diff analysed in the CLI's own process counts all of it.
  const inline = timed(process.execPath, [CLI, "diff", trees.before, trees.after, "--format", "json"], {
    maxBuffer: 256 * 2 ** 20,
    env: { ...process.env, IMPACTGATE_ANALYSIS: "inline" },
  });
  print("  the same, analysed in-process (all its CPU counted): wall / CPU", `${s(inline.wall)} / ${s(inline.cpu)}`);
  print(
    "ratio compile+abidiff / impactgate diff: wall, CPU (in-process)",
    `${(pipeline.wall / ours.wall).toFixed(1)}×, ${(pipeline.cpu / inline.cpu).toFixed(1)}×`,
  );
  // The floor of any tool built on the tree-sitter parser (bench/speed/parse-floor.js): what the
  // ratio above could reach at best on this machine, whatever the analysis does.
  const floor = timed(process.execPath, [join(ROOT, "bench/speed/parse-floor.js"), trees.before, trees.after]);
  const f = JSON.parse(floor.result.stdout.toString());
  print(
    "floor: node + grammar + read both trees + one parse per changed text",
    `${s(floor.wall)} / ${s(floor.cpu)} (load ${s(f.loadMs)}, read ${s(f.readMs)}, parse ${f.changed}×2 texts ` +
      `${(f.chars / 1e6).toFixed(2)} MB ${s(f.parseMs)})`,
  );
  print(
    "  ratio compile+abidiff / floor: wall, CPU — the best a tree-sitter tool could do",
    `${(pipeline.wall / floor.wall).toFixed(1)}×, ${(pipeline.cpu / floor.cpu).toFixed(1)}×`,
  );
}

/**
 * `--compare=DIR`: another checkout (built) whose bin/impactgate.js is run in turn with this one's,
 * so both see the same load; `--runs=N` (default 5).
 */
const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

/** This build's CLI, and `--compare=DIR`'s when given, by name. */
function clis() {
  const other = option("compare");
  return other ? { this: CLI, [other]: join(other, "bin/impactgate.js") } : { this: CLI };
}

function startBench() {
  const runs = Number(option("runs") ?? 5);
  const other = option("compare");
  const time = (args) => {
    const runsOf = Object.fromEntries(Object.keys(clis()).map((k) => [k, []]));
    for (let i = 0; i < runs; i++)
      for (const [name, cli] of Object.entries(clis())) runsOf[name].push(timed(process.execPath, [cli, ...args]));
    return Object.entries(runsOf)
      .map(([name, list]) => {
        const median = (key) => list.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs / 2)];
        const best = Math.min(...list.map((r) => r.wall));
        const who = other ? `${name}: ` : "";
        return `${who}wall median ${s(median("wall"))} (best ${s(best)}), CPU median ${s(median("cpu"))}, ${runs} runs`;
      })
      .join("\n    ");
  };
  process.stdout.write(`\n## process start\n`);
  print("impactgate --version", time(["--version"]));
  const pair = join(WORK, "pair");
  rmSync(pair, { recursive: true, force: true });
  for (const side of ["before", "after"]) mkdirSync(join(pair, side, "include"), { recursive: true });
  writeFileSync(join(pair, "before/include/point.h"), "struct point { int x; int y; };\nint area(struct point *p);\n");
  writeFileSync(
    join(pair, "after/include/point.h"),
    "struct point { int x; int y; int z; };\nint area(struct point *p);\n",
  );
  print("impactgate diff on one small header pair (a field added)", time(["diff", `${pair}/before`, `${pair}/after`]));
}

/**
 * `impactgate check` as a user runs it on a commit of a C library: git reads (the range, the
 * workspace's build files, the changed headers' include closure) and the analysis, one process
 * start each. IMPACTGATE_ANALYSIS=inline keeps the analysis in the CLI's process so its CPU counts.
 */
function checkBench() {
  const repo = option("repo");
  if (!repo) {
    process.stdout.write("\n## check: give --repo=DIR (a local clone of a C library) to run it\n");
    return;
  }
  const n = Number(option("commits") ?? 5);
  const commits = execFileSync("git", ["log", "--first-parent", "--no-merges", "--format=%h", `-n${n}`, "--", "*.h"], {
    cwd: repo,
    encoding: "utf8",
  })
    .split("\n")
    .filter(Boolean);
  process.stdout.write(`\n## impactgate check on ${n} header commits of ${repo}\n`);
  const totals = Object.fromEntries(Object.keys(clis()).map((k) => [k, { wall: [], cpu: [] }]));
  for (const c of commits)
    for (const [name, cli] of Object.entries(clis())) {
      const r = timed(
        process.execPath,
        [cli, "check", "--repo", repo, "--base", `${c}~1`, "--head", c, "--format", "json"],
        { env: { ...process.env, IMPACTGATE_ANALYSIS: "inline" }, maxBuffer: 64 * 2 ** 20 },
      );
      let what;
      try {
        const json = JSON.parse(r.result.stdout.toString());
        what = `${json.conclusion}, ${json.findings.length} findings`;
      } catch {
        what = `exit ${r.result.status}: ${r.result.stderr.toString().slice(0, 200)}`;
      }
      totals[name].wall.push(r.wall);
      totals[name].cpu.push(r.cpu);
      print(`${c}${name === "this" ? "" : ` (${name})`}: wall / CPU`, `${s(r.wall)} / ${s(r.cpu)} — ${what}`);
    }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const [name, t] of Object.entries(totals))
    print(
      `median of ${commits.length}${name === "this" ? "" : ` (${name})`}: wall / CPU`,
      `${s(median(t.wall))} / ${s(median(t.cpu))}`,
    );
}

process.stdout.write(`Impactgate speed bench — ${new Date().toISOString()} — Node ${process.versions.node}\n`);
if (wants("start")) startBench();
if (wants("abidiff")) abidiffBench();
if (wants("linear")) await linearBench();
if (sections.includes("check")) checkBench();
