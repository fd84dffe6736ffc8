// Kernel UAPI release pairs: `node bench/kernel-uapi/run.js [--work DIR] [--json OUT] [VERSION…]`
// after `npm run build`. Diffs consecutive Debian linux-libc-dev versions (the kernel's installed
// UAPI headers) with `impactgate diff`, default configuration, and prints per pair the errors and
// warnings (rule, header:line, message) so a person can judge them: the kernel promises that a
// stable update never breaks userspace, so an error between two stable releases of one series is a
// false block unless the release really changed the UAPI. Asserts nothing. Versions default to the
// ones judged in docs/accuracy.md; Debian keeps only recent ones, so pass others when they are gone
// (`apt-cache madison linux-libc-dev` with the bench's sources lists what exists).
// @ts-check
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { kernelTree } from "./trees.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const CLI = join(ROOT, "bin/impactgate.js");
const DEFAULT_VERSIONS = [
  "6.1.176-1",
  "6.1.192-3",
  "6.12.95-1~bpo12+1",
  "6.12.107-1",
  "6.12.111-1",
  "6.12.113-1",
  "6.12.115-1",
  "6.12.115-2",
  "6.12.116-1",
  "6.12.117-1",
  "6.12.118-1",
  "7.2.6-1~bpo13+1",
  "7.2.9-1~bpo13+1",
  "7.2.11-1~bpo13+1",
  "7.2.12-1~bpo13+1",
  "7.2.13-1",
  "7.3.4-1~bpo13+1",
];

const { values, positionals } = parseArgs({
  options: { work: { type: "string", default: "/tmp/impactgate-bench-kernel-uapi" }, json: { type: "string" } },
  allowPositionals: true,
});
const versions = positionals.length ? positionals : DEFAULT_VERSIONS;
const series = (v) => v.split(".").slice(0, 2).join(".");
const results = [];

process.stdout.write(
  `Impactgate kernel UAPI release pairs — ${new Date().toISOString()} — Node ${process.versions.node}\n`,
);
for (let i = 0; i + 1 < versions.length; i++) {
  const [a, b] = [versions[i], versions[i + 1]];
  const [before, after] = [kernelTree(values.work, a), kernelTree(values.work, b)];
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [CLI, "diff", before, after, "--format", "json"], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - t0;
  let findings = [];
  try {
    findings = JSON.parse(run.stdout).findings;
  } catch {
    process.stdout.write(`\n## ${a} → ${b}: no JSON (exit ${run.status}): ${run.stderr.slice(0, 400)}\n`);
    continue;
  }
  const count = (sev) => findings.filter((f) => f.severity === sev).length;
  const kind = series(a) === series(b) ? "stable update" : "new series";
  results.push({ before: a, after: b, kind, exit: run.status, ms: Math.round(ms), findings });
  process.stdout.write(
    `\n## ${a} → ${b} (${kind}): exit ${run.status}, ${count("error")} errors, ${count("warning")} warnings, ` +
      `${count("notice")} notices, ${(ms / 1000).toFixed(1)} s\n`,
  );
  for (const f of findings.filter((f) => f.severity !== "notice"))
    process.stdout.write(
      `  ${f.severity.padEnd(7)} ${f.ruleId.padEnd(28)} ${f.path}:${f.line}  ${f.message.slice(0, 220)}\n`,
    );
}

const stable = results.filter((r) => r.kind === "stable update");
process.stdout.write(
  `\nstable updates: ${stable.length} pairs, ${stable.filter((r) => r.exit !== 0).length} blocked; ` +
    `new series: ${results.length - stable.length} pairs, ${results.filter((r) => r.kind !== "stable update" && r.exit !== 0).length} blocked\n`,
);
if (values.json) writeFileSync(values.json, JSON.stringify({ date: new Date().toISOString(), results }, null, 2));
