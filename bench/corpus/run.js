#!/usr/bin/env node
/**
 * Scores Impactgate's detectors against the peer corpus in ../shared/corpus (read in place,
 * never copied). Usage: npm run build && node bench/corpus/run.js [c] [proto] [ts] [--verbose] [--json]
 * [--with-unregistered] (also score detectors built in lib/detectors/ but not yet registered)
 * [--case=<text>] (only cases whose name contains the text, with all our findings).
 * See docs/corpus.md for what each source asserts and how it is scored.
 */
import { existsSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadEngine } from "./load-engine.js";
import { loadCCases } from "./load-c-cases.js";
import { loadTsCases } from "./load-ts-cases.js";
import { loadProtoCases } from "./load-proto-cases.js";
import { evaluateVerdictCase } from "./evaluate-verdict-case.js";
import { reviewProtoCase, scoreProtoCase } from "./evaluate-proto-case.js";
import { bufRuleOf, SPECIFIED_PROTO_RULES } from "./buf-rules.js";
import { rulesBehind, tallyAnnotations, tallyVerdicts } from "./tally.js";
import { textReport } from "./text-report.js";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const corpus = process.env.IMPACTGATE_CORPUS ?? resolve(repo, "..", "shared", "corpus");
const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
// --case=<text>: only cases whose name contains the text, each printed with all our findings.
const only = args.find((a) => a.startsWith("--case="))?.slice("--case=".length);
const keep = (c) => !only || c.name.includes(only);
const json = args.includes("--json");
const picked = args.filter((a) => !a.startsWith("--"));
const wanted = picked.length ? picked : ["c", "proto", "ts"];
const unknown = wanted.filter((w) => !["c", "proto", "ts"].includes(w));
if (unknown.length) fail(`unknown corpus ${unknown.join(", ")}; use c, proto and/or ts`);

if (!existsSync(corpus)) {
  console.log(
    `bench/corpus: skipped — no peer corpus at ${corpus} (it lives in ../shared/corpus next to the repository).`,
  );
  process.exit(0);
}
if (!existsSync(join(repo, "lib", "engine", "review.js"))) fail("lib/ is missing: run `npm run build` first.");
const engine = await loadEngine(repo, { withUnregistered: args.includes("--with-unregistered") });

const started = performance.now();
const report = {
  date: new Date().toISOString(),
  detectors: engine.detectorIds,
  unregisteredAdded: engine.addedIds,
  machine: `${process.platform} ${process.arch}, ${cpus().length}× ${cpus()[0]?.model ?? "cpu"}, node ${process.version}`,
  corpus,
  verdictSources: {},
  buf: null,
  cases: [],
};
const verdictResults = [];
for (const kind of ["c", "ts"].filter((k) => wanted.includes(k))) {
  const cases = (kind === "c" ? loadCCases(corpus) : loadTsCases(corpus)).filter(keep);
  for (const c of cases) verdictResults.push(await evaluateVerdictCase(engine, c));
}
for (const source of [...new Set(verdictResults.map((r) => r.source))]) {
  const results = verdictResults.filter((r) => r.source === source);
  report.verdictSources[source] = { ...tallyVerdicts(results), rules: rulesBehind(results) };
}
let protoResults = [];
if (wanted.includes("proto")) {
  const reviewed = [];
  for (const c of loadProtoCases(corpus).filter(keep)) reviewed.push(await reviewProtoCase(engine, c));
  // Implemented = the rules issue 4 specifies and any other proto rule the detector reported.
  const seen = reviewed.flatMap((r) => r.findings.map((f) => f.ruleId)).filter((id) => id.startsWith("proto/"));
  const implemented = new Set([...SPECIFIED_PROTO_RULES, ...seen].map(bufRuleOf));
  const detectorPresent = engine.detectorIds.includes("proto");
  protoResults = reviewed.map((r) => scoreProtoCase(r, detectorPresent ? implemented : new Set()));
  report.buf = { ...tallyAnnotations(protoResults), detectorPresent };
}
report.cases = [...verdictResults, ...protoResults];
report.verdictCases = verdictResults.length;
report.msPerSource = {};
for (const r of report.cases) report.msPerSource[r.source] = Math.round((report.msPerSource[r.source] ?? 0) + r.ms);
report.durationMs = Math.round(performance.now() - started);

if (json) console.log(JSON.stringify(report, null, 2));
else console.log(textReport(report, { verbose, only }));

function fail(message) {
  console.error(`bench/corpus: ${message}`);
  process.exit(2);
}
