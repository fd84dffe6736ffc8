import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** Every file under `dir` as `relative/path → text`, sorted; `keep(path)` filters. */
export function readDirTree(dir, keep = () => true) {
  const tree = {};
  walk("");
  return tree;

  function walk(rel) {
    for (const name of readdirSync(join(dir, rel)).sort()) {
      const path = rel ? `${rel}/${name}` : name;
      if (statSync(join(dir, path)).isDirectory()) walk(path);
      else if (keep(path)) tree[path] = readFileSync(join(dir, path), "utf8");
    }
  }
}
