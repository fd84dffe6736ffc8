/**
 * TypeScript detector throughput: first a whole package (@types/node, the first review of the
 * process and a warm one), then files/s and MB/s through the engine's review() on generated
 * declaration files (before/after differing by one removed group) and on the typescript
 * package's own lib.*.d.ts, each compared with itself. Also the cost of the checker program that
 * settles a widened parameter (alone, and twenty at once).
 * Prints figures only; speed goals are read here, never asserted in tests.
 *
 *   npm run build && node bench/proto-ts/ts.js [--sizes 1,5] [--package-only] [--change narrowed]
 *
 * `--package-only` stops after the @types/node lines (for repeated runs, one fresh process each).
 * `--change narrowed` narrows `fs.rmdirSync`'s `path` parameter (`PathLike` → `string`) instead of
 * removing the function: a change the checker settles (a type question), not only a removal.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { createRequire } from "node:module";
import { loadavg } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generateDeclarations } from "./generate-ts.js";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const load = (...parts) => import(pathToFileURL(join(repo, "lib", ...parts)).href);
const { review } = await load("engine", "review.js");
const { changeSetFromTrees } = await load("engine", "from-trees.js");
const { defaultConfig } = await load("config", "defaults.js");
const { detectors: registered } = await load("engine", "registry.js");
const detectors = registered.filter((d) => d.id === "interface" || d.id === "ts");

const sizesArg = process.argv.indexOf("--sizes");
const sizes = (sizesArg > 0 ? process.argv[sizesArg + 1] : "1,5").split(",").map(Number);
const config = defaultConfig();
config.limits["file-time-ms"] = 600_000; // measure, do not stop
config.limits["review-time-ms"] = 3_600_000;

/** A ChangeSet of modified pairs, built by hand so identical before/after texts are kept. */
function changeSet(pairs) {
  const cs = changeSetFromTrees({ before: {}, after: {} });
  cs.files = pairs.map(({ path, before, after }) => ({ path, status: "modified", before, after, hunks: [] }));
  return cs;
}

async function measure(label, pairs, tree) {
  const bytes = pairs.reduce((n, p) => n + p.before.length + p.after.length, 0);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const result = await review(tree ?? changeSet(pairs), config, { detectors });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const rules = [...new Set(result.findings.map((f) => f.ruleId))].join(", ") || "none";
  console.log(
    `${label.padEnd(44)} ${String(pairs.length).padStart(4)} files ${(bytes / 1e6).toFixed(1).padStart(7)} MB ${seconds.toFixed(2).padStart(8)} s ` +
      `${(pairs.length / seconds).toFixed(1).padStart(8)} files/s ${(bytes / 1e6 / seconds).toFixed(2).padStart(7)} MB/s ` +
      `${((cpu.user + cpu.system) / 1e6).toFixed(2).padStart(6)} s cpu  findings: ${result.findings.length} (${rules})`,
  );
}

console.log(`TypeScript detector (MB counts both versions of each file; load average ${loadavg()[0].toFixed(1)})`);
// A whole package's declaration surface: @types/node (the repository's own devDependency), read
// through its entry point (index.d.ts and the files it references), with one function removed
// from the "fs" module. The unchanged files are the workspace, as in a pull request; only the
// entry point's surface is compared, all of it (the goal: under 2 s of CPU on one core). Measured
// first, so "first" is the CLI's case: the first review of a process, which also loads the
// compiler and parses the default lib (ES2022; the DOM lib only for packages that need it).
const nodeTypes = join(dirname(createRequire(import.meta.url).resolve("@types/node/package.json")));
const nodeTree = {};
const walk = (dir) => {
  for (const f of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, f.name);
    if (f.isDirectory()) walk(path);
    else if (/\.d\.[cm]?ts$|^package\.json$/.test(f.name))
      nodeTree[`types-node/${relative(nodeTypes, path)}`] = readFileSync(path, "utf8");
  }
};
walk(nodeTypes);
const fsPath = "types-node/fs.d.ts";
const narrowed = process.argv.includes("--change") && process.argv[process.argv.indexOf("--change") + 1] === "narrowed";
const change = narrowed ? "fs.rmdirSync path narrowed" : "fs.rmdirSync removed";
const nodeAfter = {
  ...nodeTree,
  [fsPath]: narrowed
    ? nodeTree[fsPath].replace(/export function rmdirSync\(path: PathLike/, "export function rmdirSync(path: string")
    : nodeTree[fsPath].replace(/export function rmdirSync\(/, "export function rmdirSyncGone("),
};
if (nodeAfter[fsPath] === nodeTree[fsPath])
  throw new Error(`@types/node's fs.d.ts has changed: ${change} found nothing to change`);
const nodePairs = Object.keys(nodeTree).map((path) => ({ path, before: nodeTree[path], after: nodeAfter[path] }));
const nodeChange = () => changeSetFromTrees({ before: nodeTree, after: nodeAfter });
await measure(`@types/node package, ${change}, first in process`, nodePairs, nodeChange());
await measure(`@types/node package, ${change}, warm`, nodePairs, nodeChange());
// The same without sharing the unchanged files between the two sides (src/detectors/ts/shared-files.ts).
const { fileSharing } = await load("detectors", "ts", "program.js");
fileSharing.enabled = false;
await measure("@types/node package, warm, nothing shared", nodePairs, nodeChange());
fileSharing.enabled = true;
if (process.argv.includes("--package-only")) process.exit(0);

for (const mb of sizes) {
  const before = generateDeclarations(mb * 1024 * 1024);
  const after = generateDeclarations(mb * 1024 * 1024, 7);
  await measure(`generated ${mb} MB .d.ts, one group removed`, [
    { path: `types/generated-${mb}mb.d.ts`, before, after },
  ]);
}

const tsLib = dirname(createRequire(import.meta.url).resolve("typescript"));
const libs = readdirSync(tsLib)
  .filter((f) => /^lib\..*\.d\.ts$/.test(f))
  .sort();
const libPairs = libs.map((f) => {
  const text = readFileSync(join(tsLib, f), "utf8");
  return { path: `typescript/lib/${f}`, before: text, after: text };
});
await measure(`typescript lib.*.d.ts compared with themselves`, libPairs);
const dom = libPairs.find((p) => p.path.endsWith("lib.dom.d.ts"));
if (dom) await measure("lib.dom.d.ts alone", [dom]);

const widened = (i) => ({
  path: `types/widened-${i}.d.ts`,
  before: `export declare function set(v: string): void;\n`,
  after: `export declare function set(v: string | number): void;\n`,
});
await measure("checker: widened parameter", [widened(0)]);
await measure(
  "checker: widened parameter x20, warm",
  Array.from({ length: 20 }, (_, i) => widened(i + 1)),
);
