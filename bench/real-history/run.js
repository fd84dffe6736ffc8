#!/usr/bin/env node
/**
 * Reviews real histories as pull requests. Usage:
 *   npm run build && node bench/real-history/run.js --clones DIR [--repo=a,b] [--limit=N]
 *     [--commit=sha,…] [--repos=FILE] [--judged=FILE] [--config=FILE] [--json=OUT] [--compare=OLD.json]
 *     [--unjudged-only] [--progress]
 * Each first-parent commit of the ranges in repos.json that touches a file some detector reads is
 * reviewed against its first parent with the default configuration (as `impactgate check` would),
 * and the bench prints per repository how many interface commits were blocked, with every error
 * (rule, path:line, message) and the judgement recorded in judged.json. See bench/README.md and
 * docs/accuracy.md.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { firstParentCommits, hasRevision, headOf } from "./history.js";
import { loadCommitReviewer } from "./review-commit.js";
import { compareRuns, judgedFigures } from "./figures.js";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "..", "..");
const opts = parseArgs(process.argv.slice(2));
if (!opts.clones) fail("--clones DIR is required: the folder holding one clone per repository (see repos.json)");
if (!existsSync(join(repo, "lib", "engine", "review.js"))) fail("lib/ is missing: run `npm run build` first.");

const list = JSON.parse(readFileSync(opts.repos ?? join(here, "repos.json"), "utf8")).repositories;
const judged = JSON.parse(readFileSync(opts.judged ?? join(here, "judged.json"), "utf8"));
const reviewer = await loadCommitReviewer(repo, { configFile: opts.config });
const wanted = opts.repo ? opts.repo.split(",") : undefined;

const run = {
  date: new Date().toISOString(),
  machine: `${process.platform} ${process.arch}, ${cpus().length}× ${cpus()[0]?.model ?? "cpu"}, node ${process.version}`,
  detectors: reviewer.detectorIds,
  config: opts.config ?? "default",
  repositories: [],
};
for (const entry of list) {
  if (wanted && !wanted.includes(entry.name)) continue;
  const dir = join(opts.clones, entry.name);
  if (!existsSync(join(dir, ".git")) && !existsSync(join(dir, "HEAD"))) {
    console.log(`${entry.name}: no clone at ${dir} (clone github.com/${entry.github} there) — skipped\n`);
    continue;
  }
  run.repositories.push(await reviewRepository(entry, dir, reviewer.configFor(entry)));
}

for (const r of run.repositories) printRepository(r);
printTotals(run.repositories);
if (opts.compare) console.log(compareRuns(JSON.parse(readFileSync(opts.compare, "utf8")), run));
if (opts.json) writeFileSync(opts.json, JSON.stringify(run, null, 1) + "\n");

async function reviewRepository(entry, dir, config) {
  const out = { name: entry.name, head: headOf(dir), ranges: [], commits: 0, interfaceCommits: 0, reviewed: [] };
  if (entry.config) out.config = entry.config;
  for (const range of entry.ranges) {
    const missing = range.split("..").filter((ref) => ref && !hasRevision(dir, ref));
    if (missing.length) {
      out.ranges.push({ range, error: `unknown revision ${missing.join(", ")}` });
      continue;
    }
    const commits = firstParentCommits(dir, range);
    out.ranges.push({ range, commits: commits.length });
    let taken = 0;
    for (const c of commits) {
      out.commits++;
      if (opts.commit && !opts.commit.split(",").some((s) => c.sha.startsWith(s))) continue;
      const isInterface = c.paths.some(reviewer.isInterfaceFile);
      if (!c.parent || !(isInterface || c.paths.some(reviewer.isReviewedFile))) continue;
      if (opts.limit && taken >= opts.limit) break;
      taken++;
      if (isInterface) out.interfaceCommits++;
      out.reviewed.push({ ...(await reviewOne(dir, c, config)), interface: isInterface });
      if (process.stderr.isTTY || opts.progress)
        process.stderr.write(`\r${entry.name}: ${out.reviewed.length} reviewed (${c.sha.slice(0, 12)} ${c.date})   `);
    }
  }
  return out;
}

async function reviewOne(dir, c, config) {
  const base = { sha: c.sha, parent: c.parent, date: c.date, subject: c.subject };
  try {
    const { result, ms } = await reviewer.reviewCommit(dir, c, config);
    const count = (s) => result.findings.filter((f) => f.severity === s).length;
    return {
      ...base,
      ms,
      conclusion: result.conclusion,
      errors: result.findings
        .filter((f) => f.severity === "error")
        .map((f) => ({ rule: f.ruleId, path: f.path, line: f.line, symbol: f.symbol, message: f.message })),
      warnings: count("warning"),
      notices: count("notice"),
      notReviewed: result.notReviewed.length,
      // errors on interface no release has, now notices (compare.unreleased), and what the release check said
      unreleased: result.findings.filter((f) => f.unreleasedSince).length,
      releaseCheck: result.sections.find((s) => s.title === "Compared against")?.markdown.split("\n")[0],
    };
  } catch (err) {
    // the CLI would exit 2 here: that is a failure of the gate, counted as a block
    return { ...base, ms: 0, conclusion: "failure", errors: [], failure: String(err?.message ?? err) };
  }
}

function printRepository(r) {
  const fig = judgedFigures(r, judged[r.name] ?? {});
  const ranges = r.ranges.map((x) => (x.error ? `${x.range} (${x.error})` : x.range)).join(", ");
  console.log(
    `## ${r.name} ${ranges}: ${r.commits} commits, ${r.interfaceCommits} interface commits, ` +
      `${fig.blocked} blocked (${fig.trueBreaks} judged breaks, ${fig.falseBlocks} judged false blocks, ${fig.unjudged} unjudged)`,
  );
  for (const c of r.reviewed) {
    if (c.conclusion === "success") continue;
    const j = judged[r.name]?.[c.sha.slice(0, 12)];
    if (opts.unjudgedOnly && j) continue;
    const verdict = j ? `[${j.verdict}: ${j.why}]` : "[unjudged]";
    console.log(`- ${c.sha.slice(0, 12)} ${c.date} ${c.subject.slice(0, 90)} ${verdict}`);
    if (c.failure) console.log(`    FAILURE ${c.failure}`);
    for (const e of c.errors)
      console.log(`    ${e.rule} ${e.path}:${e.line} ${e.message.replace(/\s+/g, " ").slice(0, 220)}`);
  }
  for (const m of fig.missedBreaks) console.log(`- MISSED ${m.sha} judged a break but not blocked now: ${m.why}`);
  console.log("");
}

function printTotals(repos) {
  const rows = repos.map((r) => ({ r, f: judgedFigures(r, judged[r.name] ?? {}) }));
  console.log(
    "repository          commits  interface  blocked  breaks  false  unjudged  false/100  ms/commit(p50/max)",
  );
  const tot = { commits: 0, iface: 0, blocked: 0, t: 0, f: 0, u: 0 };
  for (const { r, f } of rows) {
    const ms = r.reviewed.map((c) => c.ms).sort((a, b) => a - b);
    const p50 = ms[Math.floor(ms.length / 2)] ?? 0;
    console.log(
      [
        r.name.padEnd(18),
        String(r.commits).padStart(8),
        String(r.interfaceCommits).padStart(10),
        String(f.blocked).padStart(8),
        String(f.trueBreaks).padStart(7),
        String(f.falseBlocks).padStart(6),
        String(f.unjudged).padStart(9),
        per100(f.falseBlocks, r.interfaceCommits).padStart(10),
        `  ${p50}/${ms.at(-1) ?? 0}`,
      ].join(" "),
    );
    tot.commits += r.commits;
    tot.iface += r.interfaceCommits;
    tot.blocked += f.blocked;
    tot.t += f.trueBreaks;
    tot.f += f.falseBlocks;
    tot.u += f.unjudged;
  }
  console.log(
    [
      "total".padEnd(18),
      String(tot.commits).padStart(8),
      String(tot.iface).padStart(10),
      String(tot.blocked).padStart(8),
      String(tot.t).padStart(7),
      String(tot.f).padStart(6),
      String(tot.u).padStart(9),
      per100(tot.f, tot.iface).padStart(10),
    ].join(" "),
  );
  const missed = rows.flatMap(({ f }) => f.missedBreaks).length;
  console.log(`judged breaks no longer blocked: ${missed}`);
}

function per100(n, d) {
  return d ? ((100 * n) / d).toFixed(1) : "-";
}

function parseArgs(argv) {
  const o = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("--")) fail(`unexpected argument ${a}`);
    const [key, inline] = a.slice(2).split(/=(.*)/s);
    const name = key.replace(/-(\w)/g, (_, ch) => ch.toUpperCase());
    if (name === "unjudgedOnly" || name === "progress") o[name] = true;
    else if (["clones", "repo", "limit", "commit", "repos", "judged", "config", "json", "compare"].includes(name))
      o[name] = inline ?? argv[++i];
    else fail(`unknown option --${key}`);
  }
  if (o.limit) o.limit = Number(o.limit);
  return o;
}

function fail(message) {
  console.error(`bench/real-history: ${message}`);
  process.exit(2);
}
