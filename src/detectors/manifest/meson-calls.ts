/**
 * A small tokenizer for meson.build function calls: `library('name', sources, soversion: '1')`
 * and simple `name = 'string'` assignments. Meson has no JavaScript parser; only calls,
 * keyword arguments, string/number literals and identifiers are needed here, so this reads
 * exactly those tokens (strings with escapes, '''multi-line''' strings, `#` comments).
 */
export type MesonValue =
  { kind: "string"; value: string } | { kind: "ident"; value: string } | { kind: "other"; value: string };

export interface MesonCall {
  name: string;
  positional: MesonValue[];
  keywords: Record<string, MesonValue>;
  line: number;
}

interface Token {
  kind: "string" | "ident" | "number" | "punct";
  value: string;
  line: number;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  while (i < text.length) {
    const c = text[i]!;
    if (c === "\n") {
      line++;
      i++;
    } else if (/\s/.test(c)) i++;
    else if (c === "#") while (i < text.length && text[i] !== "\n") i++;
    else if (c === "'" || (c === "f" && text[i + 1] === "'")) {
      if (c === "f") i++;
      const triple = text.startsWith("'''", i);
      const close = triple ? "'''" : "'";
      let j = i + close.length;
      let value = "";
      while (j < text.length && !text.startsWith(close, j)) {
        if (text[j] === "\\" && !triple) value += text[++j] ?? "";
        else value += text[j];
        j++;
      }
      tokens.push({ kind: "string", value, line });
      line += (text.slice(i, j).match(/\n/g) ?? []).length;
      i = j + close.length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i, i + 256))![0];
      tokens.push({ kind: "ident", value: m, line });
      i += m.length;
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9]+/.exec(text.slice(i))![0];
      tokens.push({ kind: "number", value: m, line });
      i += m.length;
    } else {
      tokens.push({ kind: "punct", value: c, line });
      i++;
    }
  }
  return tokens;
}

/** Tokens of one list assignment read at most. */
const MAX_LIST_TOKENS = 10_000;

/** Every call with its arguments (nested calls are flattened into the list too). */
export function mesonCalls(text: string): { calls: MesonCall[]; assignments: Map<string, MesonValue> } {
  const t = tokenize(text);
  const calls: MesonCall[] = [];
  const assignments = new Map<string, MesonValue>();
  for (let i = 0; i < t.length; i++) {
    const tok = t[i]!;
    if (
      tok.kind === "ident" &&
      t[i + 1]?.value === "=" &&
      t[i + 2] &&
      t[i + 3]?.value !== "(" &&
      t[i + 3]?.value !== "."
    ) {
      // a list (`hdrs = ['a.h', 'b.h']`) up to its closing bracket, else the one token
      // (a scan of at most MAX_LIST_TOKENS: unclosed brackets cannot make this quadratic)
      let end = i + 3;
      if (t[i + 2]!.kind === "punct" && t[i + 2]!.value === "[") {
        let depth = 0;
        for (end = i + 2; end < Math.min(t.length, i + 2 + MAX_LIST_TOKENS); end++) {
          const x = t[end]!;
          if (x.kind === "punct" && x.value === "[") depth++;
          else if (x.kind === "punct" && x.value === "]" && --depth === 0) break;
        }
        end++;
      }
      assignments.set(tok.value, valueOf(t.slice(i + 2, end)));
    }
    if (tok.kind !== "ident" || t[i + 1]?.value !== "(" || t[i - 1]?.value === ".") continue;
    const call: MesonCall = { name: tok.value, positional: [], keywords: {}, line: tok.line };
    let depth = 0;
    let arg: Token[] = [];
    const flush = () => {
      if (!arg.length) return;
      if (arg[0]!.kind === "ident" && arg[1]?.value === ":") call.keywords[arg[0]!.value] = valueOf(arg.slice(2));
      else call.positional.push(valueOf(arg));
      arg = [];
    };
    for (let j = i + 2; j < t.length; j++) {
      const x = t[j]!;
      if ((x.value === "(" || x.value === "[" || x.value === "{") && x.kind === "punct") depth++;
      if ((x.value === ")" || x.value === "]" || x.value === "}") && x.kind === "punct") {
        if (depth === 0) break;
        depth--;
      }
      if (x.value === "," && x.kind === "punct" && depth === 0) flush();
      else arg.push(x);
    }
    flush();
    calls.push(call);
  }
  return { calls, assignments };
}

function valueOf(tokens: Token[]): MesonValue {
  if (tokens.length === 1 && tokens[0]!.kind === "string") return { kind: "string", value: tokens[0]!.value };
  if (tokens.length === 1 && tokens[0]!.kind === "number") return { kind: "string", value: tokens[0]!.value };
  if (tokens.length === 1 && tokens[0]!.kind === "ident") return { kind: "ident", value: tokens[0]!.value };
  return { kind: "other", value: tokens.map((x) => x.value).join("") };
}
