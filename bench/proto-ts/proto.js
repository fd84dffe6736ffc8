#!/usr/bin/env node
/**
 * Protobuf detector throughput: files/s and MB/s through the normal engine `review()` on
 * generated proto3 inputs (one large file at several sizes, and many small files). Each run
 * compares a file with a copy that lost one field, so the rules run over every element.
 * Needs the build (`npm run build`); prints figures, asserts nothing.
 */
import { existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generateProto, messagesForBytes } from "./generate-proto.js";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const lib = (...p) => pathToFileURL(join(repo, "lib", ...p)).href;

export async function benchProto({ sizes = [100e3, 1e6, 5e6], smallFiles = 200, out = console.log } = {}) {
  if (!existsSync(join(repo, "lib", "detectors", "proto", "index.js"))) {
    out("bench/proto-ts/proto.js: lib/detectors/proto is missing; run `npm run build` first.");
    return [];
  }
  const { review } = await import(lib("engine", "review.js"));
  const { changeSetFromTrees } = await import(lib("engine", "from-trees.js"));
  const { defaultConfig } = await import(lib("config", "defaults.js"));
  const config = defaultConfig();
  // the bench measures the detector, not the budgets
  config.limits["file-time-ms"] = 600_000;
  config.limits["review-time-ms"] = 600_000;
  config.limits["bytes-per-file"] = 64 * 1024 * 1024;

  const rows = [];
  const run = async (label, trees) => {
    const cs = changeSetFromTrees(trees);
    const bytes = cs.files.reduce((n, f) => n + (f.before?.length ?? 0) + (f.after?.length ?? 0), 0);
    const start = process.hrtime.bigint();
    const result = await review(cs, config);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const ids = new Set(result.findings.map((f) => f.ruleId));
    const row = {
      label,
      files: cs.files.length,
      mb: bytes / 1e6,
      seconds,
      filesPerSecond: cs.files.length / seconds,
      mbPerSecond: bytes / 1e6 / seconds,
      findings: result.findings.length,
      budgetHit: ids.has("engine/budget-exceeded"),
    };
    rows.push(row);
    out(
      `${label.padEnd(28)} ${String(row.files).padStart(5)} files ${row.mb.toFixed(2).padStart(7)} MB ${seconds.toFixed(2).padStart(7)} s ${row.filesPerSecond.toFixed(1).padStart(8)} files/s ${row.mbPerSecond.toFixed(2).padStart(6)} MB/s  ${row.findings} findings${row.budgetHit ? " (budget hit)" : ""}`,
    );
  };

  // warm up: parsers load and JIT settles before anything is timed
  const warm = generateProto({ messages: 50 });
  await review(changeSetFromTrees({ before: { "api/w.proto": warm }, after: { "api/w.proto": warm + "\n" } }), config);

  out("proto detector through review() (both versions parsed; MB counts before + after)");
  for (const size of sizes) {
    const before = generateProto({ messages: messagesForBytes(size) });
    const after = before.replace("  int64 field_1 = 1; // field 1\n", "");
    await run(`one file, ~${(size / 1e6).toFixed(1)} MB`, {
      before: { "api/big.proto": before },
      after: { "api/big.proto": after },
    });
  }
  const before = {};
  const after = {};
  for (let i = 0; i < smallFiles; i++) {
    const text = generateProto({ messages: 20, pkg: `bench.small${i}.v1` });
    before[`api/small/f${i}.proto`] = text;
    after[`api/small/f${i}.proto`] = text.replace("  int64 field_1 = 1; // field 1\n", "");
  }
  await run(`${smallFiles} small files`, { before, after });

  // the detector alone, without the engine's other detectors and policies
  const { protoDetector } = await import(lib("detectors", "proto", "index.js"));
  out("proto detector alone (analyze on one pair)");
  for (const size of sizes) {
    const b = generateProto({ messages: messagesForBytes(size) });
    const a = b.replace("  int64 field_1 = 1; // field 1\n", "");
    const pair = { path: "api/big.proto", status: "modified", before: b, after: a, hunks: [] };
    const start = process.hrtime.bigint();
    const result = protoDetector.analyze(pair, { config, changeSet: { files: [pair] }, checkBudget() {} });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const mb = (a.length + b.length) / 1e6;
    out(
      `${`~${(size / 1e6).toFixed(1)} MB`.padEnd(28)} ${mb.toFixed(2).padStart(7)} MB ${seconds.toFixed(2).padStart(7)} s ${(1 / seconds).toFixed(2).padStart(8)} files/s ${(mb / seconds).toFixed(2).padStart(6)} MB/s  ${result.findings.length} findings`,
    );
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchProto();
}
