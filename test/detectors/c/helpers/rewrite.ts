import { parseHeader } from "../../../../src/detectors/c/language.js";
import type { Node } from "web-tree-sitter";

/**
 * Rewrites a header's comments and whitespace using the tree-sitter tokens: every comment becomes
 * `/* rewritten *\/`, line breaks gain a blank line and indentation, spaces between tokens triple.
 * Preprocessor lines stay intact: gaps holding a line continuation are kept, empty gaps stay
 * empty (so `F(x)` stays a function-like macro), macro bodies (`preproc_arg`) are untouched.
 */
export function rewriteLayout(path: string, text: string): string {
  const { tree } = parseHeader(path, text);
  const leaves: Node[] = [];
  const walk = (n: Node) => {
    if (
      n.childCount === 0 ||
      n.type === "comment" ||
      n.type === "preproc_arg" ||
      n.type === "string_literal" ||
      n.type === "system_lib_string" ||
      n.type === "char_literal"
    ) {
      if (n.endIndex > n.startIndex) leaves.push(n);
      return;
    }
    for (const c of n.children) if (c) walk(c);
  };
  walk(tree.rootNode);
  let out = "";
  let at = 0;
  for (const leaf of leaves) {
    if (leaf.startIndex < at) continue;
    out += gap(text.slice(at, leaf.startIndex));
    const body = text.slice(leaf.startIndex, leaf.endIndex);
    out += leaf.type === "comment" ? "/* rewritten */" : body;
    at = leaf.endIndex;
  }
  out += text.slice(at);
  tree.delete();
  return out;
}

function gap(g: string): string {
  if (g === "" || /\\\r?\n/.test(g) || /\S/.test(g)) return g;
  return g.includes("\n") ? "\n\n   " : "   ";
}
