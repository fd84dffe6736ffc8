import { readFileSync } from "node:fs";
const { review } = await import("./lib/engine/review.js");
const { changeSetFromTrees } = await import("./lib/engine/from-trees.js");
const { defaultConfig } = await import("./lib/config/defaults.js");
const d = "fixtures/detectors/c/" + process.argv[2];
const r = (side, f) => readFileSync(`${d}/${side}/include/${f}`, "utf8");
for (const withTypes of [true, false]) {
  const before = { "include/quill.h": r("before", "quill.h") }, after = { "include/quill.h": r("after", "quill.h") };
  if (withTypes) before["include/quill_types.h"] = after["include/quill_types.h"] = r("before", "quill_types.h");
  const res = await review(changeSetFromTrees({ before, after }), defaultConfig());
  console.log(withTypes ? "with types.h:" : "quill.h alone:", res.conclusion, res.findings.map((f) => `${f.severity} ${f.ruleId} ${f.symbol}`));
}
