import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readDirTree } from "./read-dir-tree.js";
import { sourceOf } from "./header-path.js";
import { classifyVerdict, readVerdict, verdictNote } from "./verdict.js";

/**
 * corpus/ts/<case>: `before.d.ts`/`after.d.ts` become a package's `index.d.ts`; multi-file cases
 * use the generated `*_dir_dts/` trees. Each side gets the case's own package.json when it has
 * one (its `exports` are part of the case), else a minimal one naming index.d.ts as `types`, so
 * the TS detector sees a real package entry point.
 */
export function loadTsCases(corpus) {
  const dir = join(corpus, "ts");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .filter((n) => existsSync(join(dir, n, "expected.txt")))
    .map((name) => {
      const caseDir = join(dir, name);
      const text = readFileSync(join(caseDir, "expected.txt"), "utf8");
      const verdict = readVerdict(text);
      return {
        name,
        source: sourceOf(name),
        before: side(caseDir, "before"),
        after: side(caseDir, "after"),
        verdict,
        note: verdictNote(text),
        expected: classifyVerdict(verdict),
      };
    });
}

function side(caseDir, which) {
  const dts = join(caseDir, `${which}_dir_dts`);
  const tree = existsSync(dts)
    ? readDirTree(dts, (p) => p.endsWith(".d.ts"))
    : { "index.d.ts": readFileSync(join(caseDir, `${which}.d.ts`), "utf8") };
  const manifest = join(caseDir, `${which}_dir`, "package.json");
  tree["package.json"] = existsSync(manifest)
    ? readFileSync(manifest, "utf8")
    : JSON.stringify({ name: "corpus-case", version: "1.0.0", types: "index.d.ts" }, null, 2) + "\n";
  return tree;
}
