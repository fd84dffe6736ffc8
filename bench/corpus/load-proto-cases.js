import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { readDirTree } from "./read-dir-tree.js";

/**
 * corpus/proto/<case>: `before/` and `after/` modules (only `.proto` files; paths made relative
 * to a v1beta1 `build.roots` entry, as buf does) plus buf's expected annotations. The
 * `_excluded_plugin_policy/` cases test custom plugins, not built-in rules, and are skipped.
 */
export function loadProtoCases(corpus) {
  const dir = join(corpus, "proto");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .filter((n) => !n.startsWith("_") && existsSync(join(dir, n, "expected.json")))
    .map((name) => {
      const spec = JSON.parse(readFileSync(join(dir, name, "expected.json"), "utf8"));
      return {
        name,
        source: "buf",
        before: moduleTree(join(dir, name, "before")),
        after: moduleTree(join(dir, name, "after")),
        spec,
      };
    });
}

function moduleTree(dir) {
  if (!existsSync(dir)) return {};
  const roots = bufRoots(dir);
  const tree = {};
  for (const [path, text] of Object.entries(readDirTree(dir, (p) => p.endsWith(".proto")))) {
    const root = roots.find((r) => path.startsWith(`${r}/`));
    tree[root ? path.slice(root.length + 1) : path] = text;
  }
  return tree;
}

function bufRoots(dir) {
  const file = join(dir, "buf.yaml");
  if (!existsSync(file)) return [];
  const doc = parseYaml(readFileSync(file, "utf8")) ?? {};
  return (doc.build?.roots ?? []).map((r) => r.replace(/\/+$/, ""));
}
