import { scalar, type Abi } from "./abi.js";
import { memoOf, type Env } from "./env.js";
import { typeLayout, type TypeLayout } from "./layout.js";
import { typeFromTokens } from "./type-from-tokens.js";
import { tokenize, type Token } from "./tokens.js";
import type { EnumDef } from "./model.js";

export type IntResult = { ok: true; value: bigint } | { ok: false; why: string };

const fail = (why: string): IntResult => ({ ok: false, why });

/** Names the compiler or <asm/ioctl.h> defines, which a header uses without defining. */
const BUILTINS: Record<string, bigint> = {
  __BIGGEST_ALIGNMENT__: 16n,
  _IOC_NONE: 0n,
  _IOC_WRITE: 1n,
  _IOC_READ: 2n,
  _IOC_NRBITS: 8n,
  _IOC_TYPEBITS: 8n,
  _IOC_SIZEBITS: 14n,
  _IOC_DIRBITS: 2n,
  _IOC_NRSHIFT: 0n,
  _IOC_TYPESHIFT: 8n,
  _IOC_SIZESHIFT: 16n,
  _IOC_DIRSHIFT: 30n,
  __CHAR_BIT__: 8n,
  CHAR_BIT: 8n,
};

/** `_IO` family: direction bits and whether the third argument is a type. */
export const IOCTL_MACROS: Record<string, number> = { _IO: 0, _IOW: 1, _IOR: 2, _IOWR: 3 };

/** Evaluates an integer constant expression over literals, enum constants, macros and sizeof. */
export function evalInt(text: string, env: Env, abi: Abi): IntResult {
  return evalTokens(tokenize(text), env, abi, 0);
}

export function evalTokens(tokens: Token[], env: Env, abi: Abi, depth: number): IntResult {
  if (depth > 24) return fail("macro expansion is too deep");
  try {
    const p = new ExprParser(tokens, env, abi, depth);
    const v = p.ternary();
    if (p.pos < tokens.length)
      return fail(`\`${tokens.map((t) => t.v).join(" ")}\` is not an integer constant expression`);
    return { ok: true, value: v };
  } catch (err) {
    return fail(err instanceof EvalError ? err.message : String(err));
  }
}

/** Not an Error subclass: evaluation fails often (unknown names) and stack traces are costly. */
class EvalError {
  constructor(readonly message: string) {}
}

/** Values of an enum's members in order (implicit increments, references to earlier members). */
export function enumValues(en: EnumDef, env: Env, abi: Abi): IntResult[] {
  const memo = memoOf<IntResult[]>(env, `enum:${abi}`);
  const cached = memo.get(en);
  if (cached) return cached;
  const out: IntResult[] = [];
  memo.set(en, out);
  let next: IntResult = { ok: true, value: 0n };
  for (const m of en.members) {
    const v: IntResult = m.expr !== undefined ? evalInt(m.expr, env, abi) : next;
    out.push(v);
    next = v.ok ? { ok: true, value: v.value + 1n } : fail(`follows ${m.name}, whose value is unknown`);
  }
  return out;
}

/** GCC: int unless a value needs more, smallest fitting type when packed, or the fixed base. */
export function enumSize(en: EnumDef, env: Env, abi: Abi): TypeLayout {
  if (en.base) return typeLayout(typeFromTokens(tokenize(en.base), env), env, abi);
  const values = enumValues(en, env, abi)
    .filter((v): v is { ok: true; value: bigint } => v.ok)
    .map((v) => v.value);
  const min = values.reduce((a, b) => (b < a ? b : a), 0n);
  const max = values.reduce((a, b) => (b > a ? b : a), 0n);
  const fits = (bytes: number) =>
    min < 0n
      ? min >= -(1n << BigInt(bytes * 8 - 1)) && max < 1n << BigInt(bytes * 8 - 1)
      : max < 1n << BigInt(bytes * 8);
  if (en.attrs.packed) for (const b of [1, 2, 4]) if (fits(b)) return { ok: true, size: b, align: b };
  if (fits(4)) return { ok: true, size: 4, align: 4 };
  return { ok: true, ...scalar("long long", abi)! };
}

/** Binary operators by precedence, loosest first. */
const BINARY: string[][] = [
  ["||"],
  ["&&"],
  ["|"],
  ["^"],
  ["&"],
  ["==", "!="],
  ["<", ">", "<=", ">="],
  ["<<", ">>"],
  ["+", "-"],
  ["*", "/", "%"],
];

function apply(op: string, a: bigint, b: bigint): bigint {
  switch (op) {
    case "||":
      return a || b ? 1n : 0n;
    case "&&":
      return a && b ? 1n : 0n;
    case "|":
      return a | b;
    case "^":
      return a ^ b;
    case "&":
      return a & b;
    case "==":
      return a === b ? 1n : 0n;
    case "!=":
      return a !== b ? 1n : 0n;
    case "<":
      return a < b ? 1n : 0n;
    case ">":
      return a > b ? 1n : 0n;
    case "<=":
      return a <= b ? 1n : 0n;
    case ">=":
      return a >= b ? 1n : 0n;
    case "<<":
      return a << b;
    case ">>":
      return a >> b;
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
    case "%":
      if (b === 0n) throw new EvalError("division by zero");
      return op === "/" ? a / b : a % b;
  }
  throw new EvalError(`operator ${op}`);
}

/** Recursive-descent evaluator over preprocessing tokens (C precedence). */
class ExprParser {
  pos = 0;
  constructor(
    private readonly toks: Token[],
    private readonly env: Env,
    private readonly abi: Abi,
    private readonly depth: number,
  ) {}

  private peek(): string | undefined {
    return this.toks[this.pos]?.v;
  }
  private expect(v: string): void {
    if (this.toks[this.pos]?.v !== v) throw new EvalError(`expected \`${v}\``);
    this.pos++;
  }

  ternary(): bigint {
    const c = this.binary(0);
    if (this.peek() !== "?") return c;
    this.pos++;
    const a = this.ternary();
    this.expect(":");
    const b = this.ternary();
    return c ? a : b;
  }

  private binary(level: number): bigint {
    if (level >= BINARY.length) return this.unary();
    let left = this.binary(level + 1);
    while (BINARY[level]!.includes(this.peek() ?? "")) {
      const op = this.toks[this.pos++]!.v;
      left = apply(op, left, this.binary(level + 1));
    }
    return left;
  }

  private unary(): bigint {
    const v = this.peek();
    if (v === "-") {
      this.pos++;
      return -this.unary();
    }
    if (v === "+") {
      this.pos++;
      return this.unary();
    }
    if (v === "~") {
      this.pos++;
      return ~this.unary();
    }
    if (v === "!") {
      this.pos++;
      return this.unary() ? 0n : 1n;
    }
    if (v === "sizeof" || v === "_Alignof" || v === "__alignof__" || v === "alignof")
      return this.sizeof(v === "sizeof");
    if (v === "(" && this.castLength() > 0) return this.cast();
    return this.primary();
  }

  /** Number of tokens of a type name after `(`, 0 when the parenthesis holds an expression. */
  private castLength(): number {
    const first = this.toks[this.pos + 1];
    if (!first || first.t !== "id") return 0;
    const typeWords =
      /^(struct|union|enum|unsigned|signed|int|char|short|long|float|double|const|volatile|_Bool|bool|void)$/;
    const looksType =
      typeWords.test(first.v) ||
      (this.env.typedefs.has(first.v) && !this.env.macros.has(first.v)) ||
      (scalar(first.v, "lp64") !== undefined && !this.env.macros.has(first.v));
    if (!looksType) return 0;
    let j = this.pos + 1;
    while (j < this.toks.length && this.toks[j]!.v !== ")") j++;
    return j < this.toks.length ? j - this.pos - 1 : 0;
  }

  private typeLayoutAt(n: number): TypeLayout {
    const tokens = this.toks.slice(this.pos, this.pos + n);
    this.pos += n;
    return typeLayout(typeFromTokens(tokens, this.env), this.env, this.abi);
  }

  private cast(): bigint {
    const n = this.castLength();
    this.pos++;
    const unsigned = this.toks
      .slice(this.pos, this.pos + n)
      .some((t) => /^(unsigned|__u\d+|u\d+|uint\d+_t|size_t|__le\d+|__be\d+)$/.test(t.v));
    const t = this.typeLayoutAt(n);
    this.expect(")");
    const v = this.unary();
    if (!t.ok) return v;
    return unsigned ? BigInt.asUintN(t.size * 8, v) : BigInt.asIntN(t.size * 8, v);
  }

  private sizeof(size: boolean): bigint {
    this.pos++;
    if (this.peek() !== "(" || this.castLength() === 0) throw new EvalError("sizeof of an expression is not evaluated");
    const n = this.castLength();
    this.pos++;
    const t = this.typeLayoutAt(n);
    this.expect(")");
    if (!t.ok) throw new EvalError(t.why);
    return BigInt(size ? t.size : t.align);
  }

  private primary(): bigint {
    const tok = this.toks[this.pos++];
    if (!tok) throw new EvalError("unexpected end of expression");
    if (tok.v === "(") {
      const v = this.ternary();
      this.expect(")");
      return v;
    }
    if (tok.t === "num") return parseNumber(tok.v);
    if (tok.t === "chr") return parseChar(tok.v);
    if (tok.t === "id") return this.identifier(tok.v);
    throw new EvalError(`unexpected \`${tok.v}\``);
  }

  private identifier(name: string): bigint {
    if (this.peek() === "(" && (name in IOCTL_MACROS || name === "_IOC")) return this.ioctl(name);
    const mac = this.env.macros.get(name);
    if (mac && mac.params && this.peek() === "(") return this.expand(mac.params, mac.body);
    if (mac && !mac.params) return this.sub(tokenize(mac.body), name);
    const c = this.env.constants.get(name);
    if (c) {
      // A member referring to itself or a later member is not yet evaluated: unknown.
      const v = enumValues(c.en, this.env, this.abi)[c.index];
      if (!v) throw new EvalError(`${name} is used before its value is known`);
      if (!v.ok) throw new EvalError(`${name}: ${v.why}`);
      return v.value;
    }
    if (name in BUILTINS) return BUILTINS[name]!;
    throw new EvalError(`\`${name}\` is not a constant defined in the changed headers`);
  }

  private sub(tokens: Token[], name: string): bigint {
    const r = evalTokens(tokens, this.env, this.abi, this.depth + 1);
    if (!r.ok) throw new EvalError(`${name}: ${r.why}`);
    return r.value;
  }

  /** Top-level comma-separated arguments of a call at `(`. */
  args(): Token[][] {
    this.expect("(");
    const out: Token[][] = [[]];
    let depth = 0;
    while (this.pos < this.toks.length) {
      const t = this.toks[this.pos++]!;
      if (t.v === "(") depth++;
      if (t.v === ")" && depth-- === 0) return out;
      if (t.v === "," && depth === 0) out.push([]);
      else out[out.length - 1]!.push(t);
    }
    throw new EvalError("unbalanced parentheses");
  }

  private expand(params: string[], body: string): bigint {
    const args = this.args();
    const map = new Map(params.map((p, i) => [p, args[i] ?? []]));
    const tokens = tokenize(body).flatMap((t) =>
      t.t === "id" && map.has(t.v)
        ? [{ t: "punct" as const, v: "(" }, ...map.get(t.v)!, { t: "punct" as const, v: ")" }]
        : [t],
    );
    return this.sub(tokens, "macro");
  }

  private ioctl(name: string): bigint {
    const args = this.args();
    const ev = (t: Token[]) => this.sub(t, name);
    if (name === "_IOC") {
      const [dir, type, nr, size] = args.map((a) => ev(a));
      return ((dir! << 30n) | (size! << 16n) | (type! << 8n) | nr!) & 0xffffffffn;
    }
    const dir = BigInt(IOCTL_MACROS[name]!);
    let size = 0n;
    if (name !== "_IO") {
      const t = typeLayout(typeFromTokens(args[2] ?? [], this.env), this.env, this.abi);
      if (!t.ok) throw new EvalError(`sizeof(${(args[2] ?? []).map((x) => x.v).join(" ")}): ${t.why}`);
      size = BigInt(t.size);
    }
    return (
      ((dir << 30n) | ((size & 0x3fffn) << 16n) | ((ev(args[0] ?? []) & 0xffn) << 8n) | (ev(args[1] ?? []) & 0xffn)) &
      0xffffffffn
    );
  }
}

/**
 * A braced initializer (`{ FOO_default, 0, { 0u, 0u } }`, what `FOO_INIT_OPTIONS` macros expand to)
 * with every element evaluated, as canonical text (`{0,0,{0,0}}`): two spellings of the same
 * values give the same text. Object-like macros that are themselves braced initializers are
 * expanded in place. Undefined when an element is not an integer constant expression.
 */
export function evalInitializer(text: string, env: Env, abi: Abi): string | undefined {
  const tokens = tokenize(text);
  if (tokens[0]?.v !== "{") return undefined;
  const state = { pos: 0 };
  const out = initializerList(tokens, state, env, abi, 0);
  return out !== undefined && state.pos === tokens.length ? out : undefined;
}

/**
 * Every element zero (`{ 0, NULL }`, `{ 0, { NULL } }`) and no designator: whatever the braces,
 * the object is zero-initialised, so two such initializers are the same value.
 */
export function isZeroInitializer(canonical: string): boolean {
  return /^[{},0]*$/.test(canonical);
}

function initializerList(
  tokens: Token[],
  state: { pos: number },
  env: Env,
  abi: Abi,
  depth: number,
): string | undefined {
  if (depth > 16) return undefined;
  state.pos++; // `{`
  const items: string[] = [];
  while (state.pos < tokens.length && tokens[state.pos]!.v !== "}") {
    let designator = "";
    // `.member =` / `[index] =` designators are part of what the element means
    while (tokens[state.pos]?.v === "." || tokens[state.pos]?.v === "[") {
      const close =
        tokens[state.pos]!.v === "." ? state.pos + 1 : tokens.findIndex((t, k) => k > state.pos && t.v === "]");
      if (close < 0) return undefined;
      designator += tokens
        .slice(state.pos, close + 1)
        .map((t) => t.v)
        .join("");
      state.pos = close + 1;
    }
    if (designator) {
      if (tokens[state.pos]?.v !== "=") return undefined;
      designator += "=";
      state.pos++;
    }
    let item: string | undefined;
    const t = tokens[state.pos];
    const mac = t?.t === "id" ? env.macros.get(t.v) : undefined;
    const next = tokens[state.pos + 1]?.v;
    if (t?.v === "{") item = initializerList(tokens, state, env, abi, depth + 1);
    else if (t?.v === "NULL" && !mac && (next === "," || next === "}")) {
      item = "0"; // <stddef.h>'s null pointer constant
      state.pos++;
    } else if (mac && !mac.params && (next === "," || next === "}") && tokenize(mac.body)[0]?.v === "{") {
      item = evalInitializer(mac.body, env, abi);
      state.pos++;
    } else {
      let end = state.pos;
      for (let level = 0; end < tokens.length; end++) {
        const v = tokens[end]!.v;
        if (v === "(" || v === "{" || v === "[") level++;
        else if (v === ")" || v === "]" || (v === "}" && level > 0)) level--;
        else if (level === 0 && (v === "," || v === "}")) break;
      }
      const r = evalTokens(tokens.slice(state.pos, end), env, abi, depth + 1);
      item = r.ok ? String(r.value) : undefined;
      state.pos = end;
    }
    if (item === undefined) return undefined;
    items.push(designator + item);
    if (tokens[state.pos]?.v === ",") state.pos++;
  }
  if (tokens[state.pos]?.v !== "}") return undefined;
  state.pos++;
  return `{${items.join(",")}}`;
}

export function parseNumber(text: string): bigint {
  const t = text.replace(/[uUlL]+$/, "");
  if (/[.eEpP]/.test(t) && !/^0[xX]/.test(t)) throw new EvalError(`${text} is not an integer`);
  if (/^0[xX][0-9a-fA-F]+$/.test(t) || /^0[bB][01]+$/.test(t)) return BigInt(t);
  if (/^0[0-7]+$/.test(t)) return BigInt("0o" + t.slice(1));
  if (/^\d+$/.test(t)) return BigInt(t);
  throw new EvalError(`${text} is not an integer literal`);
}

const ESCAPES: Record<string, number> = {
  n: 10,
  t: 9,
  r: 13,
  "0": 0,
  "\\": 92,
  "'": 39,
  '"': 34,
  a: 7,
  b: 8,
  f: 12,
  v: 11,
};

function parseChar(text: string): bigint {
  const body = text.slice(1, -1);
  if (body.length === 1) return BigInt(body.charCodeAt(0));
  if (body[0] === "\\" && body.length === 2 && body[1]! in ESCAPES) return BigInt(ESCAPES[body[1]!]!);
  if (/^\\x[0-9a-fA-F]+$/.test(body)) return BigInt("0x" + body.slice(2));
  if (/^\\[0-7]+$/.test(body)) return BigInt("0o" + body.slice(1));
  throw new EvalError(`character ${text}`);
}
