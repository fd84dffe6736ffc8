import { ABIS, ABI_NAMES, type Abi } from "./abi.js";
import { evalTokens, IOCTL_MACROS } from "./const-eval.js";
import { tokenize, type Token } from "./tokens.js";
import { typeLayout } from "./layout.js";
import { typeFromTokens } from "./type-from-tokens.js";
import type { Env } from "./env.js";

/** An `_IO/_IOR/_IOW/_IOWR(type, nr, argtype)` macro body, split into its parts. */
export interface IoctlCall {
  macro: string;
  args: string[];
  /** The number under each ABI, or why it is unknown. */
  numbers: Record<Abi, { ok: true; value: bigint } | { ok: false; why: string }>;
  /** sizeof(argtype) under each ABI, when known. */
  argSize: Partial<Record<Abi, number>>;
}

/** Recognises an ioctl-number macro body and computes dir<<30 | size<<16 | type<<8 | nr. */
export function ioctlCall(body: string, env: Env): IoctlCall | undefined {
  let tokens = tokenize(body);
  while (tokens[0]?.v === "(" && tokens[tokens.length - 1]?.v === ")") tokens = tokens.slice(1, -1);
  const name = tokens[0]?.v;
  if (!name || !(name in IOCTL_MACROS) || tokens[1]?.v !== "(") return undefined;
  const args = splitArgs(tokens.slice(2, -1));
  const numbers = Object.fromEntries(ABIS.map((abi) => [abi, evalTokens(tokens, env, abi, 0)])) as IoctlCall["numbers"];
  const argSize: IoctlCall["argSize"] = {};
  for (const abi of ABIS) {
    const l = name === "_IO" || !args[2] ? undefined : typeLayout(typeFromTokens(args[2], env), env, abi);
    if (l?.ok) argSize[abi] = l.size;
  }
  return { macro: name, args: args.map((a) => a.map((t) => t.v).join(" ")), numbers, argSize };
}

function splitArgs(tokens: Token[]): Token[][] {
  const out: Token[][] = [[]];
  let depth = 0;
  for (const t of tokens) {
    if (t.v === "(") depth++;
    if (t.v === ")") depth--;
    if (t.v === "," && depth === 0) out.push([]);
    else out[out.length - 1]!.push(t);
  }
  return out;
}

export const hex32 = (v: bigint) => `0x${v.toString(16).padStart(8, "0")}`;

/** "0xc0a8ae80 → 0xc0b0ae80 on LP64" for each ABI where the numbers are known and differ. */
export function numberChanges(b: IoctlCall, a: IoctlCall): { changed: boolean; text: string } {
  const parts: string[] = [];
  let changed = false;
  for (const abi of ABIS) {
    const x = b.numbers[abi];
    const y = a.numbers[abi];
    if (x.ok && y.ok) {
      const sb = b.argSize[abi];
      const sa = a.argSize[abi];
      const why = sb !== undefined && sa !== undefined && sb !== sa ? ` (sizeof(${a.args[2]}) ${sb}→${sa})` : "";
      if (x.value !== y.value) {
        changed = true;
        parts.push(`${hex32(x.value)} → ${hex32(y.value)} on ${ABI_NAMES[abi]}${why}`);
      } else parts.push(`${hex32(x.value)} unchanged on ${ABI_NAMES[abi]}`);
    } else parts.push(`number unknown on ${ABI_NAMES[abi]} (${!x.ok ? x.why : (y as { why: string }).why})`);
  }
  return { changed, text: parts.join(", ") };
}
