// Issue 15, item 3: how the C analysis time grows with (1) the size of one changed header, (2) the
// number of changed headers and (3) the size of the unchanged include closure — each from 1× to
// 1,000× (the closure's file count stops at MAX_INCLUDED_FILES, so there its headers grow too).
// Each point is a whole review (`review()`, every detector the change set needs) of generated
// headers shaped like a C library's — macros, structs that point at each other across headers,
// enums, typedefs, prototypes — where one struct gains a field. Texts carry a fresh marker per
// run, so nothing comes from the process's parse caches. Prints CPU seconds (the best of a few
// runs: the machine is shared), the ratio to the 1× point and the ratio of each 10× step.
// @ts-check
import { loadavg } from "node:os";

const ROOT = new URL("../../", import.meta.url);
const SCALES = [1, 10, 100, 1000];
let run = 0;

/** `count` units of declarations, numbered from `from`; unit `changed` gains a field in the after text. */
function units(prefix, from, count, { changed = -1, after = false } = {}) {
  const out = [];
  for (let i = from; i < from + count; i++) {
    const name = `${prefix}_${i}`;
    out.push(
      `#define ${name.toUpperCase()}_FLAG (1u << ${i % 31})`,
      `#define ${name.toUpperCase()}_SIZE (sizeof(struct ${name}))`,
      `struct ${name} {`,
      `  unsigned int id;`,
      `  unsigned long flags;`,
      `  char label[16];`,
      `  struct ${name} *next;`,
      ...(after && i === changed ? ["  int added;"] : []),
      `};`,
      `enum ${name}_kind { ${name.toUpperCase()}_A, ${name.toUpperCase()}_B = ${name.toUpperCase()}_FLAG };`,
      `typedef struct ${name} ${name}_t;`,
      `int ${name}_open(struct ${name} *item, const char *path, unsigned int flags);`,
      "",
    );
  }
  return out.join("\n");
}

function header(guard, body, includes = []) {
  const marker = `/* run ${run} */`;
  return `${marker}\n#ifndef ${guard}\n#define ${guard}\n${includes.map((p) => `#include "${p}"`).join("\n")}\n${body}\n#endif\n`;
}

/** (1) one header of `n` × 10 units, one of which changes. */
function oneHeader(n) {
  const count = 10 * n;
  const text = (after) => header("ONE_H", units("one", 0, count, { changed: count >> 1, after }));
  return { before: { "include/one.h": text(false) }, after: { "include/one.h": text(true) } };
}

/** (2) `n` changed headers of 10 units each; each gains a field. */
function manyHeaders(n) {
  const before = {};
  const after = {};
  for (let k = 0; k < n; k++) {
    const path = `include/h${k}.h`;
    before[path] = header(`H${k}_H`, units(`h${k}`, 0, 10, { changed: 5, after: false }));
    after[path] = header(`H${k}_H`, units(`h${k}`, 0, 10, { changed: 5, after: true }));
  }
  return { before, after };
}

/** (3) one changed header of 10 units including unchanged headers that hold `n` × 10 units in all. */
function closure(n, maxFiles) {
  const files = Math.min(n, maxFiles);
  const per = Math.ceil((10 * n) / files);
  const included = {};
  for (let k = 0; k < files; k++)
    included[`include/dep${k}.h`] = header(
      `DEP${k}_H`,
      units(`dep${k}`, 0, per),
      k + 1 < files ? [`dep${k + 1}.h`] : [],
    );
  const main = (after) => header("MAIN_H", units("main", 0, 10, { changed: 5, after }), ["dep0.h"]);
  return {
    before: { ...included, "include/main.h": main(false) },
    after: { ...included, "include/main.h": main(true) },
  };
}

const cpuSec = (since) => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1e6;
};

export async function linearBench({ repeats = 3 } = {}) {
  const { review } = await import(new URL("lib/engine/review.js", ROOT).href);
  const { changeSetFromTrees } = await import(new URL("lib/engine/from-trees.js", ROOT).href);
  const { defaultConfig } = await import(new URL("lib/config/defaults.js", ROOT).href);
  const { MAX_INCLUDED_FILES } = await import(new URL("lib/detectors/c/include-closure.js", ROOT).href);
  const config = defaultConfig();
  // the budgets bound hostile input; here they would stop the largest points, which measure cost
  Object.assign(config.limits, { files: 100_000, "bytes-per-file": 1e9, "file-work": 1e12, "review-work": 1e12 });

  const dims = [
    ["one changed header, 10× units per step", oneHeader],
    ["changed headers (10 units each)", manyHeaders],
    [`include closure (unchanged, ≤ ${MAX_INCLUDED_FILES} files)`, (n) => closure(n, MAX_INCLUDED_FILES)],
  ];
  process.stdout.write(`\n## linear cost (CPU seconds, best of ${repeats}; load ${loadavg()[0].toFixed(1)})\n`);
  await review(changeSetFromTrees(oneHeader(1)), config); // detectors loaded and grammars compiled
  for (const [label, make] of dims) {
    const times = [];
    for (const n of SCALES) {
      let best = Infinity;
      let findings = 0;
      let chars = 0;
      for (let r = 0; r < repeats; r++) {
        run++;
        const cs = changeSetFromTrees(make(n));
        chars = cs.files.reduce((s, f) => s + (f.before?.length ?? 0) + (f.after?.length ?? 0), 0);
        const t0 = process.cpuUsage();
        const result = await review(cs, config);
        best = Math.min(best, cpuSec(t0));
        findings = result.findings.length;
      }
      times.push(best);
      const step = times.length > 1 ? (best / times[times.length - 2]).toFixed(1) : "–";
      process.stdout.write(
        `  ${label.padEnd(46)} ${String(n).padStart(5)}×  ${best.toFixed(3).padStart(8)} s` +
          `  ×${(best / times[0]).toFixed(1).padStart(6)} of 1×  ×${step.padStart(5)} of the last step` +
          `  (${(chars / 1e6).toFixed(2)} MB changed, ${findings} findings, load ${loadavg()[0].toFixed(1)})\n`,
      );
    }
  }
}
