#!/usr/bin/env node
/**
 * Impactgate against abidiff, release pair by release pair. Usage:
 *   npm run build && node bench/real-history/abidiff.js --clones DIR [--repo=zlib,lz4] [--work=DIR] [--json=OUT]
 * For each library of abidiff-pairs.json with a clone in DIR (the same clones as run.js), each
 * release pair `old..new` is exported with `git archive`, built as a shared library with
 * `gcc -g -O0` from the listed sources, and compared with
 * `abidiff --headers-dir1 … --headers-dir2 … old.so new.so` (bit 8 of its exit status = an
 * incompatible change to an exported interface). Impactgate reviews the same pair as one pull
 * request with the default configuration; its ABI verdict is "break" when it has an error finding
 * of the C detector. The table says where they agree; docs/accuracy.md records it.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCommitReviewer } from "./review-commit.js";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "..", "..");
const opts = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, "").split("=");
    return [k, v ?? true];
  }),
);
// `--clones DIR` as two words too
process.argv.forEach((a, i) => {
  if (a === "--clones") opts.clones = process.argv[i + 1];
});
if (typeof opts.clones !== "string") {
  console.error("--clones DIR is required (one clone per library, as for run.js)");
  process.exit(2);
}
const work = typeof opts.work === "string" ? opts.work : "/tmp/impactgate-abidiff";
const libraries = JSON.parse(readFileSync(join(here, "abidiff-pairs.json"), "utf8")).libraries;
const wanted = typeof opts.repo === "string" ? opts.repo.split(",") : undefined;
const reviewer = await loadCommitReviewer(repo);

const rows = [];
for (const lib of libraries) {
  if (wanted && !wanted.includes(lib.name)) continue;
  const clone = join(opts.clones, lib.name);
  if (!existsSync(clone)) {
    console.log(`${lib.name}: no clone at ${clone} — skipped`);
    continue;
  }
  for (const pair of lib.pairs) {
    const [from, to] = pair.split("..");
    const a = build(lib, clone, from);
    const b = build(lib, clone, to);
    const abi = abidiff(a, b);
    const ig = await impactgate(clone, from, to);
    const row = {
      library: lib.name,
      pair,
      abidiff: abi.verdict,
      impactgate: ig.verdict,
      agree: abi.verdict === ig.verdict,
    };
    rows.push({ ...row, abidiffDetail: abi.detail, impactgateErrors: ig.errors });
    console.log(
      `${lib.name} ${pair}: abidiff ${abi.verdict}, impactgate ${ig.verdict}${row.agree ? "" : "  ← DISAGREE"}`,
    );
    if (!row.agree) {
      for (const line of abi.detail.slice(0, 12)) console.log(`    abidiff: ${line}`);
      for (const e of ig.errors.slice(0, 12)) console.log(`    impactgate: ${e}`);
    }
  }
}
console.log("\n| library | release pair | abidiff | Impactgate | agree |\n|---|---|---|---|---|");
for (const r of rows)
  console.log(`| ${r.library} | ${r.pair} | ${r.abidiff} | ${r.impactgate} | ${r.agree ? "yes" : "**no**"} |`);
const agreed = rows.filter((r) => r.agree).length;
console.log(`\n${agreed} of ${rows.length} release pairs agree.`);
if (typeof opts.json === "string") writeFileSync(opts.json, JSON.stringify(rows, null, 1) + "\n");

/** `git archive` of `ref`, built with `gcc -g` into `<work>/<lib>/<ref>/lib.so`; its public headers beside it. */
function build(lib, clone, ref) {
  const dir = join(work, lib.name, ref);
  const so = join(dir, "lib.so");
  const headers = join(dir, ".public-headers");
  if (existsSync(so)) return { dir, so, headers };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync("sh", ["-c", `git -C "${clone}" archive "${ref}" | tar -x -C "${dir}"`]);
  const sources = execFileSync("sh", ["-c", `ls ${lib.sources}`], { cwd: dir, encoding: "utf8" })
    .split("\n")
    .filter(Boolean);
  execFileSync("gcc", ["-g", "-O0", "-w", "-fPIC", "-shared", ...(lib.cflags ?? []), "-o", so, ...sources], {
    cwd: dir,
    stdio: ["ignore", "ignore", "pipe"],
  });
  // only the installed headers: abidiff then judges the types the interface exposes
  mkdirSync(headers);
  execFileSync("sh", ["-c", `cp ${lib.publicHeaders} "${headers}/"`], { cwd: dir });
  return { dir, so, headers };
}

/** abidiff's verdict: exit status bit 8 (value 8) is an incompatible change, bit 4 a compatible one. */
function abidiff(a, b) {
  let status = 0;
  let out;
  try {
    out = execFileSync(
      "abidiff",
      ["--no-added-syms", "--headers-dir1", a.headers, "--headers-dir2", b.headers, a.so, b.so],
      { encoding: "utf8", maxBuffer: 1 << 26 },
    );
  } catch (err) {
    status = err.status ?? 1;
    out = String(err.stdout ?? "");
    if (status & 1) throw new Error(`abidiff failed: ${err.stderr}`, { cause: err });
  }
  const detail = out
    .split("\n")
    .map((l) => l.trim())
    .filter((l) =>
      /^(\d+ (Removed|Changed)|\[[CD]\]|Functions changes summary|Variables changes summary|type of|size of)/.test(l),
    );
  return { verdict: status & 8 ? "break" : "compatible", detail };
}

async function impactgate(clone, from, to) {
  const rev = (ref) => execFileSync("git", ["-C", clone, "rev-parse", `${ref}^{commit}`], { encoding: "utf8" }).trim();
  const { result } = await reviewer.reviewCommit(clone, { parent: rev(from), sha: rev(to) });
  const errors = result.findings
    .filter((f) => f.severity === "error" && f.ruleId.startsWith("c/"))
    .map((f) => `${f.ruleId} ${f.path}:${f.line} ${f.message.slice(0, 160)}`);
  return { verdict: errors.length ? "break" : "compatible", errors };
}
