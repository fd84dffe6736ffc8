// Incremental parses on real changes: are they the fresh parse's trees? (issue 15, the C parse)
// A header's text is parsed from the trees of a related text — the same header before macro
// blanking or body-macro expansion, or the other side of the change — and must give exactly the
// tree a fresh parse gives, or findings would depend on the order things were parsed in. With the
// check on, every incremental parse is also parsed afresh and the two trees compared node by node
// (types, fields, ranges and positions, ERROR and MISSING); this prints how many were compared and
// every difference. Two ways in:
//   node bench/c-headers/verify-pairs.js TREE_A TREE_B [TREE_C …]   each consecutive pair of header
//       trees reviewed as `impactgate diff A B` does (e.g. /tmp/kuapi/trees/<version>, in order);
//   node bench/c-headers/verify-pairs.js --corpus DIR   every C case of the corpus (DIR/c/<case>/
//       {before,after}.h), as `npm run bench:corpus` reviews them.
// Run after `npm run build`. Exits 1 when a tree differs.
// @ts-check
import { cpus, loadavg } from "node:os";
import { basename } from "node:path";

const ROOT = new URL("../../", import.meta.url);
const { review } = await import(new URL("lib/engine/review.js", ROOT).href);
const { changeSetFromTrees } = await import(new URL("lib/engine/from-trees.js", ROOT).href);
const { defaultConfig } = await import(new URL("lib/config/defaults.js", ROOT).href);
const { readTree } = await import(new URL("lib/cli/read-inputs.js", ROOT).href);
const { checkIncrementalParses, loadGrammars } = await import(new URL("lib/detectors/c/language.js", ROOT).href);
const { loadCCases } = await import(new URL("bench/corpus/load-c-cases.js", ROOT).href);

const args = process.argv.slice(2);
if (!args.length) {
  console.log("usage: node bench/c-headers/verify-pairs.js TREE_A TREE_B [TREE_C …] | --corpus DIR");
  process.exit(0);
}

await loadGrammars();
const checked = { c: 0, cpp: 0, differences: /** @type {string[]} */ ([]) };
checkIncrementalParses((path, grammar, difference) => {
  checked[grammar]++;
  if (difference) checked.differences.push(`${path} (${grammar}): ${difference}`);
});

/** @type {{ name: string, before: Record<string, string>, after: Record<string, string> }[]} */
const pairs = [];
if (args[0] === "--corpus") pairs.push(...loadCCases(args[1]));
else
  for (let i = 0; i + 1 < args.length; i++)
    pairs.push({
      name: `${basename(args[i])} → ${basename(args[i + 1])}`,
      before: readTree(args[i]),
      after: readTree(args[i + 1]),
    });

const config = defaultConfig();
let findings = 0;
for (const pair of pairs) {
  const before = checked.c + checked.cpp;
  const result = await review(changeSetFromTrees({ before: pair.before, after: pair.after }), config);
  findings += result.findings.length;
  if (args[0] !== "--corpus")
    console.log(`${pair.name}: ${checked.c + checked.cpp - before} incremental parses compared`);
}
console.log(
  `${pairs.length} pairs reviewed (${findings} findings); incremental parses compared with a fresh parse: ` +
    `${checked.c} C, ${checked.cpp} C++; ${checked.differences.length} differ — load ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`,
);
for (const d of checked.differences) console.log(`  differs: ${d}`);
process.exitCode = checked.differences.length ? 1 : 0;
