import type { Node } from "web-tree-sitter";
import { childTypes } from "./parse-type.js";
import { tokenize, tokenText } from "./tokens.js";
import type { Attrs } from "./model.js";

const PACKED = new Set(["packed", "__packed__"]);
const ALIGNED = new Set(["aligned", "__aligned__"]);

/** GCC attributes written on a node (its `attribute_specifier` children), merged into `into`. */
export function attrsOf(node: Node, into: Attrs = {}): Attrs {
  const types = childTypes(node);
  for (let i = 0; i < types.length; i++) {
    if (types[i] === "attribute_specifier" || types[i] === "attribute_declaration")
      readAttrs(node.namedChildren[i]!.text, into);
  }
  return into;
}

/** Reads `packed` and `aligned(n)` out of attribute text; `aligned` alone is the biggest alignment. */
export function readAttrs(text: string, into: Attrs): Attrs {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const v = tokens[i]!.v;
    if (PACKED.has(v)) into.packed = true;
    if (!ALIGNED.has(v)) continue;
    if (tokens[i + 1]?.v !== "(") {
      into.aligned = "__BIGGEST_ALIGNMENT__";
      continue;
    }
    let depth = 0;
    let j = i + 1;
    for (; j < tokens.length; j++) {
      if (tokens[j]!.v === "(") depth++;
      if (tokens[j]!.v === ")" && --depth === 0) break;
    }
    into.aligned = tokenText(tokens.slice(i + 2, j));
    i = j;
  }
  return into;
}

/** Attribute text as one comparable string (for packing-changed). */
export function attrsText(a: Attrs): string {
  return [a.packed ? "packed" : "", a.aligned ? `aligned(${a.aligned})` : ""].filter(Boolean).join(" ");
}
