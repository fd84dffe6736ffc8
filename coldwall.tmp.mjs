const ROOT = "/work/wt/lead/";
const { review } = await import(ROOT + "lib/engine/review.js");
const { changeSetFromTrees } = await import(ROOT + "lib/engine/from-trees.js");
const { defaultConfig } = await import(ROOT + "lib/config/defaults.js");
const { loadGrammars } = await import(ROOT + "lib/detectors/c/language.js");
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
function treeOf(file, dir = dirname(file), under = "include", tree = {}) {
  for (const name of readdirSync(dir)) { const full = join(dir, name); const st = statSync(full);
    if (st.isDirectory()) treeOf(file, full, `${under}/${name}`, tree); else if (/\.h$/.test(name)) tree[`${under}/${name}`] = readFileSync(full, "utf8"); }
  return tree;
}
const config = defaultConfig();
let t = performance.now(), c = process.cpuUsage();
const lap = (what) => { const cu = process.cpuUsage(c); console.log(what, "wall", (performance.now() - t).toFixed(0), "cpu", ((cu.user + cu.system) / 1000).toFixed(0)); t = performance.now(); c = process.cpuUsage(); };
await loadGrammars();
await review(changeSetFromTrees({ before: { "include/a.h": "int a;\n" }, after: { "include/a.h": "long a;\n" } }), config);
lap("load");
const file = process.argv[2]; const tree = treeOf(file); const path = `include/${basename(file)}`;
for (let run = 0; run < 4; run++) {
  const marked = Object.fromEntries(Object.entries(tree).map(([p, x]) => [`r${run}/${p}`, `/* ${run} */\n${x}`]));
  const after = { ...marked, [`r${run}/${path}`]: marked[`r${run}/${path}`] + "\nint probe(void);\n" };
  await review(changeSetFromTrees({ before: marked, after }), config);
  lap("run " + run);
}
