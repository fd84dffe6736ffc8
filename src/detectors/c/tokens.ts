/** A C preprocessing token of a macro body or constant expression. */
export interface Token {
  t: "num" | "id" | "str" | "chr" | "punct";
  v: string;
}

const PUNCTS = ["<<=", ">>=", "...", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "->", "++", "--", "##", "::"];
/** First characters of PUNCTS: any other punctuation character is a token of its own. */
const PUNCT_STARTS = new Set(PUNCTS.map((p) => p[0]!));

/**
 * Splits C text into preprocessing tokens, dropping comments, whitespace and line continuations,
 * so two spellings of one macro body compare equal.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const code = text.charCodeAt(i);
    if (ch === "\\" && (text[i + 1] === "\n" || text[i + 1] === "\r")) {
      i += 2;
      continue;
    }
    if (code <= 32) {
      i++;
      continue;
    }
    if (ch === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 2;
      continue;
    }
    if (ch === "/" && text[i + 1] === "/") {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : end;
      continue;
    }
    const start = i;
    if (isIdentStart(code)) {
      while (i < text.length && isIdentPart(text.charCodeAt(i))) i++;
      out.push({ t: "id", v: text.slice(start, i) });
    } else if (/\d/.test(ch) || (ch === "." && /\d/.test(text[i + 1] ?? ""))) {
      while (i < text.length && (/[\w.]/.test(text[i]!) || (/[eEpP]/.test(text[i - 1]!) && /[+-]/.test(text[i]!)))) i++;
      out.push({ t: "num", v: text.slice(start, i) });
    } else if (ch === '"' || ch === "'") {
      i++;
      while (i < text.length && text[i] !== ch) i += text[i] === "\\" ? 2 : 1;
      i++;
      out.push({ t: ch === '"' ? "str" : "chr", v: text.slice(start, i) });
    } else {
      const p = (PUNCT_STARTS.has(ch) && PUNCTS.find((s) => text.startsWith(s, i))) || ch;
      i += p.length;
      out.push({ t: "punct", v: p });
    }
  }
  return out;
}

/** Canonical text of a token list: one space between tokens. */
export function tokenText(tokens: readonly Token[]): string {
  return tokens.map((t) => t.v).join(" ");
}

/** Canonical text of C source: the same for any comment and whitespace layout. */
export function normaliseText(text: string): string {
  // most texts asked for are one identifier (a name node), their own canonical text
  if (text.length && isIdentStart(text.charCodeAt(0))) {
    let i = 1;
    while (i < text.length && isIdentPart(text.charCodeAt(i))) i++;
    if (i === text.length) return text;
  }
  return tokenText(tokenize(text));
}

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36;
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57);
}

/** Token text for messages: no space inside parentheses or before commas. */
export function prettyText(normalised: string): string {
  return normalised.replace(/([([]) /g, "$1").replace(/ ([)\],])/g, "$1");
}

/** GCC's alternate keywords (`__signed__`, `__const`, …) and the standard keyword each one is. */
const GNU_KEYWORDS = /\b__(signed|const|volatile|restrict)(__)?\b/g;

/**
 * GCC's alternate spellings of keywords become the standard ones, padded with spaces so offsets
 * and lines stay: `typedef __signed__ int __s32;` (the kernel's asm-generic/int-ll64.h) is a
 * parse error to tree-sitter-c, which left every `__s8`…`__s64` undefined and every kernel struct
 * using one without a layout.
 */
export function spellGnuKeywords(text: string): string {
  if (!text.includes("__")) return text;
  return text.replace(GNU_KEYWORDS, (m, word: string) => word.padEnd(m.length, " "));
}
