import { tokenize, type Token } from "./tokens.js";
import type { MacroDef } from "./model.js";
import { isWordChar, isWordStart, parenthesisedEnd, skipNonCode } from "./text-scan.js";

/**
 * Expands macros used inside braces whose expansion is declarations or enumerators (`;`, `,` or
 * `=` at its top level): field-list macros (`UV_HANDLE_FIELDS`) and X-macros
 * (`UV_ERRNO_MAP(UV_ERRNO_GEN)`). tree-sitter sees a bare call there and loses the body; the
 * preprocessor would have expanded it. The expansion is written on the call's first line and the
 * call's line breaks are kept after it, so later line numbers do not move. Constant macros
 * (`NAME_LEN`) are left alone.
 */
export function expandBodyMacros(text: string, macros: readonly MacroDef[]): string {
  if (!macros.length) return text;
  const byName = new Map<string, MacroDef[]>();
  for (const m of macros) byName.set(m.name, [...(byName.get(m.name) ?? []), m]);
  const lineStarts = [0];
  for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", nl + 1)) lineStarts.push(nl + 1);
  const lineOf = (pos: number) => {
    let lo = 0,
      hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  // The definition in force at a line: the last one above it (X-macros are redefined as they go).
  const active = (name: string, line: number) =>
    byName
      .get(name)
      ?.filter((m) => m.line < line)
      .pop();

  let out = "";
  let last = 0;
  let depth = 0;
  const state = { lineStart: true };
  let i = 0;
  while (i < text.length) {
    const next = skipNonCode(text, i, state);
    if (next !== i) {
      i = next;
      continue;
    }
    const ch = text.charCodeAt(i);
    if (ch === OPEN) depth++;
    if (ch === CLOSE) depth = Math.max(0, depth - 1);
    if (depth > 0 && isWordStart(ch)) {
      let j = i + 1;
      while (j < text.length && isWordChar(text.charCodeAt(j))) j++;
      const word = text.slice(i, j);
      // most words inside braces name no macro: no line looked up for them
      const line = byName.has(word) ? lineOf(i) : 0;
      const def = line ? active(word, line) : undefined;
      if (def) {
        const end = def.params ? parenthesisedEnd(text, j, true) : j;
        if (end > 0) {
          const call = tokenize(text.slice(i, end));
          const expanded = expand(call, (n) => active(n, line), 0);
          if (expanded && isDeclarationList(expanded)) {
            const breaks = text.slice(i, end).split("\n").length - 1;
            out +=
              text.slice(last, i) +
              markUnknownTail(expanded)
                .map((t) => t.v)
                .join(" ") +
              "\n".repeat(breaks);
            last = i = end;
            continue;
          }
        }
      }
      i = j;
      continue;
    }
    i++;
  }
  return last === 0 ? text : out + text.slice(last);
}

const OPEN = 123; // {
const CLOSE = 125; // }

/** `;`, `,` or `=` outside parentheses: declarations or enumerators, not a value. */
export function isDeclarationList(tokens: Token[]): boolean {
  let depth = 0;
  for (const t of tokens) {
    if (t.v === "(" || t.v === "[") depth++;
    else if (t.v === ")" || t.v === "]") depth--;
    else if (depth === 0 && (t.v === ";" || t.v === "," || t.v === "=")) return true;
  }
  return false;
}

type Lookup = (name: string) => MacroDef | undefined;

/** Full expansion of a token list (arguments substituted, `##` pasted, rescanned), or undefined. */
function expand(tokens: Token[], lookup: Lookup, level: number, hide: Set<string> = new Set()): Token[] | undefined {
  if (level > 16) return undefined;
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const def = t.t === "id" && !hide.has(t.v) ? lookup(t.v) : undefined;
    if (!def || (def.params && tokens[k + 1]?.v !== "(")) {
      out.push(t);
      continue;
    }
    let body = tokenize(def.body);
    if (def.params) {
      const { args, next } = splitArgs(tokens, k + 1);
      if (!args) return undefined;
      body = substitute(body, def.params, args);
      k = next - 1;
    }
    const inner = expand(paste(body), lookup, level + 1, new Set([...hide, def.name]));
    if (!inner) return undefined;
    if (PRIVATE_MACRO.test(def.name)) out.push(privateBegin(def.name), ...inner, PRIVATE_END);
    else out.push(...inner);
  }
  return out;
}

function splitArgs(tokens: Token[], open: number): { args?: Token[][]; next: number } {
  const args: Token[][] = [[]];
  let depth = 0;
  for (let k = open; k < tokens.length; k++) {
    const v = tokens[k]!.v;
    if (v === "(" && depth++ === 0) continue;
    if (v === ")" && --depth === 0) return { args: args.length === 1 && !args[0]!.length ? [] : args, next: k + 1 };
    if (v === "," && depth === 1) args.push([]);
    else args[args.length - 1]!.push(tokens[k]!);
  }
  return { next: tokens.length };
}

function substitute(body: Token[], rawParams: string[], rawArgs: Token[][]): Token[] {
  // `...` is __VA_ARGS__, GNU `name...` is name; the variadic parameter takes the remaining arguments.
  const params = rawParams.map((p) => (p === "..." ? "__VA_ARGS__" : p.replace(/\.\.\.$/, "")));
  const variadic = rawParams.length > 0 && rawParams[rawParams.length - 1]!.endsWith("...");
  const args = variadic
    ? [
        ...rawArgs.slice(0, params.length - 1),
        rawArgs.slice(params.length - 1).flatMap((a, i) => (i ? [{ t: "punct" as const, v: "," }, ...a] : a)),
      ]
    : rawArgs;
  const out: Token[] = [];
  for (let k = 0; k < body.length; k++) {
    const t = body[k]!;
    const index = t.t === "id" ? params.indexOf(t.v) : -1;
    // GNU `, ## args` swallows the comma when args is empty.
    if (
      t.v === "," &&
      body[k + 1]?.v === "##" &&
      body[k + 2] &&
      params.indexOf(body[k + 2]!.v) >= 0 &&
      !(args[params.indexOf(body[k + 2]!.v)] ?? []).length
    ) {
      k += 2;
      continue;
    }
    if (t.v === "#" && body[k + 1] && params.includes(body[k + 1]!.v)) {
      out.push({ t: "str", v: JSON.stringify((args[params.indexOf(body[k + 1]!.v)] ?? []).map((a) => a.v).join(" ")) });
      k++;
    } else if (index >= 0) out.push(...(args[index] ?? []));
    else out.push(t);
  }
  return out;
}

function paste(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.v === "##" && out.length && tokens[k + 1]) {
      const left = out.pop()!;
      const v = left.v + tokens[k + 1]!.v;
      out.push({ t: /^[A-Za-z_]\w*$/.test(v) ? "id" : left.t, v });
      k++;
    } else out.push(tokens[k]!);
  }
  return out;
}

/**
 * An expansion ending in a macro we could not expand (`…; UV_REQ_PRIVATE_FIELDS`, defined in a
 * header that did not change) gets the same treatment as a bare macro line: a member of that
 * unknown type (layout unknown), or an enumerator of unknown value.
 */
function markUnknownTail(tokens: Token[]): Token[] {
  let end = tokens.length;
  while (end > 0 && tokens[end - 1] === PRIVATE_END) end--;
  const tail = tokens[end - 1];
  const before = tokens[end - 2]?.v;
  if (!tail || tail.t !== "id" || !/^[A-Z][A-Z0-9_]{2,}$/.test(tail.v) || (before !== ";" && before !== ","))
    return tokens;
  const id = (v: string): Token => ({ t: "id", v });
  const p = (v: string): Token => ({ t: "punct", v });
  const extra =
    before === ";" ? [tail, id(tail.v), p(";")] : [tail, p("="), id(`__impactgate_unknown_${tail.v}`), p(",")];
  return [...tokens.slice(0, end - 1), ...extra, ...tokens.slice(end)];
}

/**
 * `UV_LOOP_PRIVATE_FIELDS`, `FOO_PRIVATE`: members a library keeps in the struct for its own use.
 * Their expansion is wrapped in comments the record parser reads (parse-record.ts), so changes
 * to them are judged as changes to private members.
 */
const PRIVATE_MACRO = /(^|_)PRIVATE(_|$)/;
export const PRIVATE_BEGIN = "/*impactgate:private ";
const PRIVATE_END: Token = { t: "punct", v: "/*impactgate:end-private*/" };
const privateBegin = (name: string): Token => ({ t: "punct", v: `${PRIVATE_BEGIN}${name}*/` });
export const PRIVATE_END_TEXT = PRIVATE_END.v;
