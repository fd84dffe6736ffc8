import { canonicalPrim } from "./parse-type.js";
import type { Env } from "./env.js";
import type { CType } from "./model.js";
import type { Token } from "./tokens.js";

const PRIM_WORDS = new Set([
  "unsigned",
  "signed",
  "int",
  "char",
  "short",
  "long",
  "float",
  "double",
  "_Bool",
  "bool",
  "void",
]);
const QUALS = new Set(["const", "volatile", "restrict", "__restrict"]);

/**
 * A type name written in a macro (`sizeof(struct kvm_run)`, the `_IOW` argument type):
 * tag, scalar words or a typedef name, then `*` and `[n]` suffixes.
 */
export function typeFromTokens(tokens: Token[], _env?: Env): CType {
  const words = tokens.filter((t) => !QUALS.has(t.v));
  let i = 0;
  let t: CType;
  const first = words[0]?.v;
  if (first === "struct" || first === "union" || first === "enum" || first === "class") {
    t = { k: "tag", tag: first, name: words[1]?.v ?? "" };
    i = 2;
  } else if (first && PRIM_WORDS.has(first)) {
    const prim: string[] = [];
    while (i < words.length && PRIM_WORDS.has(words[i]!.v)) prim.push(words[i++]!.v);
    t = { k: "prim", name: canonicalPrim(prim) };
  } else if (words[0]?.t === "id") {
    t = { k: "name", name: first! };
    i = 1;
  } else {
    return { k: "unknown", text: tokens.map((x) => x.v).join(" ") };
  }
  const arrays: (string | null)[] = [];
  for (; i < words.length; i++) {
    const v = words[i]!.v;
    if (v === "*") t = { k: "ptr", to: t };
    else if (v === "[") {
      const close = words.findIndex((w, j) => j > i && w.v === "]");
      if (close < 0) break;
      arrays.push(
        words
          .slice(i + 1, close)
          .map((w) => w.v)
          .join(" ") || null,
      );
      i = close;
    }
  }
  for (const len of arrays.reverse()) t = { k: "array", of: t, len };
  return t;
}
