/** A C preprocessing token of a macro body or constant expression. */
export interface Token {
  t: "num" | "id" | "str" | "chr" | "punct";
  v: string;
}

const PUNCTS = ["<<=", ">>=", "...", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "->", "++", "--", "##", "::"];
/** First characters of PUNCTS: any other punctuation character is a token of its own. */
const PUNCT_STARTS = new Set(PUNCTS.map((p) => p[0]!));

/** The kind and end of the token `scan` found last (one scanner for tokenize and normaliseText). */
const scanned = { t: "punct" as Token["t"], start: 0, end: 0 };

/**
 * Finds the next preprocessing token at or after `i`, skipping comments, whitespace and line
 * continuations: its kind and range go to `scanned`; false at the end of the text.
 */
function scan(text: string, i: number): boolean {
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
    if (code === 92 /* \ */ && (next === 10 || next === 13)) {
      i += 2;
      continue;
    }
    if (code <= 32) {
      i++;
      continue;
    }
    if (code === 47 /* / */ && next === 42 /* * */) {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? n : end + 2;
      continue;
    }
    if (code === 47 && next === 47) {
      const end = text.indexOf("\n", i);
      i = end < 0 ? n : end;
      continue;
    }
    const start = i;
    scanned.start = start;
    if (isIdentStart(code)) {
      while (i < n && isIdentPart(text.charCodeAt(i))) i++;
      scanned.t = "id";
    } else if (isDigit(code) || (code === 46 /* . */ && isDigit(next))) {
      // a pp-number: digits, letters, `_`, `.`, and a sign after an exponent letter
      while (i < n) {
        const c = text.charCodeAt(i);
        if (isIdentPart(c) ? c !== 36 /* $ */ : c === 46) i++;
        else if ((c === 43 || c === 45) /* + - */ && isExponent(text.charCodeAt(i - 1))) i++;
        else break;
      }
      scanned.t = "num";
    } else if (code === 34 /* " */ || code === 39 /* ' */) {
      i++;
      while (i < n && text.charCodeAt(i) !== code) i += text.charCodeAt(i) === 92 ? 2 : 1;
      i++;
      scanned.t = code === 34 ? "str" : "chr";
    } else {
      const ch = text[i]!;
      const p = (PUNCT_STARTS.has(ch) && PUNCTS.find((s) => text.startsWith(s, i))) || ch;
      i += p.length;
      scanned.t = "punct";
    }
    scanned.end = Math.min(i, n);
    return true;
  }
  return false;
}

/**
 * Splits C text into preprocessing tokens, dropping comments, whitespace and line continuations,
 * so two spellings of one macro body compare equal.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; scan(text, i); i = scanned.end) out.push({ t: scanned.t, v: text.slice(scanned.start, scanned.end) });
  return out;
}

/** Canonical text of a token list: one space between tokens. */
export function tokenText(tokens: readonly Token[]): string {
  return tokens.map((t) => t.v).join(" ");
}

/**
 * Canonical text of C source: the same for any comment and whitespace layout — `tokenText(tokenize(text))`,
 * built without the token objects (the model builder asks it for every macro body and type).
 */
export function normaliseText(text: string): string {
  // most texts asked for are one identifier (a name node), their own canonical text
  if (text.length && isIdentStart(text.charCodeAt(0))) {
    let i = 1;
    while (i < text.length && isIdentPart(text.charCodeAt(i))) i++;
    if (i === text.length) return text;
  }
  let out = "";
  for (let i = 0; scan(text, i); i = scanned.end)
    out += out === "" ? text.slice(scanned.start, scanned.end) : " " + text.slice(scanned.start, scanned.end);
  return out;
}

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36;
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || isDigit(c);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `e`, `E`, `p`, `P`: a sign after one of these continues a pp-number (`1e+5`, `0x1p-3`). */
function isExponent(c: number): boolean {
  return c === 101 || c === 69 || c === 112 || c === 80;
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
