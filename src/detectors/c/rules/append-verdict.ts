import type { Env } from "../env.js";
import type { CType, Field } from "../model.js";
import type { RecordEntry } from "../records.js";
import type { Severity } from "../../../engine/types.js";
import { ioctlCall } from "../ioctl.js";
import { tokenize } from "../tokens.js";
import { typeFromTokens } from "../type-from-tokens.js";
import { hasVersionWord } from "../version-macros.js";
import { UseIndex, byValueUse, firstUse, memoised, recordIdentities } from "./by-value-use.js";

/** How bad a member appended to a record is, and the reason the message names. */
export interface AppendVerdict {
  severity: Severity;
  /** Follows "Member `x` was appended to `struct s` (size …)": starts with "; " or ". ". */
  why: string;
}

/** A leading member that tells the library which version of the struct the caller built. */
const SIZE_MEMBER = /^(size|argsz|struct_size|structsize|cbSize|cb|version|iVersion|abi_version|struct_version)$/;

/**
 * Whether growing `target` at its end breaks users, from what the headers in the change say:
 * - an **error** when users allocate, embed, copy or index it: by-value use (by-value-use.ts), an
 *   ioctl argument (its size is encoded in the request number), or a UAPI header (user space
 *   allocates and copies kernel structs by their compiled size);
 * - a **notice** when it is extensible by convention — a leading size/version member, or a table
 *   of function pointers next to a version the caller checks — or only ever handed out by the
 *   library (functions return pointers to it, nothing declares it by value);
 * - a **warning** when neither is known.
 * Uses in headers outside the change are not seen.
 */
export function appendVerdict(env: Env, target: RecordEntry, path: string, name: string): AppendVerdict {
  const use = byValueUse(env, target);
  if (use) return { severity: "error", why: `; \`${name}\` ${use}, so callers built against the old size break` };
  const ioctl = ioctlArgumentOf(env, target);
  if (ioctl)
    return {
      severity: "error",
      why: `; \`${name}\` is the argument of ioctl \`${ioctl}\`, whose request number encodes its size, so old binaries issue a request the kernel no longer recognises`,
    };
  const fields = target.rec.fields;
  const lead = fields.slice(0, 2).find((f) => f.name && SIZE_MEMBER.test(f.name));
  if (lead)
    return {
      severity: "notice",
      why: `. It is extensible by convention: its leading \`${lead.name}\` member tells the library which version of the struct the caller built, so old callers get the old behaviour`,
    };
  if (isUapi(path))
    return {
      severity: "error",
      why: `; \`${name}\` is in a UAPI header, where user space allocates and copies it by its compiled size, and it has no leading size or version member to say which size it passes`,
    };
  if (functionTable(fields, env) && versionInView(env))
    return {
      severity: "notice",
      why: `. It is a table of function pointers next to a version users check before touching new slots, so old callers never read past the old end`,
    };
  const giver = handedOutBy(env, target);
  if (giver)
    return {
      severity: "notice",
      why: `. It is only handed out by the library: \`${giver}()\` returns a pointer to it and no interface declares it by value, so callers never allocate it with the old size`,
    };
  return {
    severity: "warning",
    why: `. Fine for a struct the interface versions by size or flags; a break where callers allocate, embed or copy it with the old size (the headers say neither)`,
  };
}

/**
 * The function that hands the record out, when users only get it from the library: a function
 * returns a pointer to it and no interface declares it by value (by-value-use.ts).
 */
export function onlyHandedOutBy(env: Env, target: RecordEntry): string | undefined {
  return byValueUse(env, target) ? undefined : handedOutBy(env, target);
}

/** `include/uapi/…`, `uapi/…`: the kernel–user-space interface. */
export function isUapi(path: string): boolean {
  return /(^|\/)uapi\//.test(path);
}

/** An ioctl macro (`_IOW('d', 1, struct demo_req)`) whose argument type is the record (the first, in definition order). */
function ioctlArgumentOf(env: Env, target: RecordEntry): string | undefined {
  const index = memoised(env, "ioctl-arguments", () => {
    const uses = new UseIndex();
    for (const m of env.macros.values()) {
      if (m.params || !/\b_IO[RW]*\b/.test(m.body)) continue;
      const arg = ioctlCall(m.body, env)?.args[2];
      if (arg) uses.add(recordIdentities(typeFromTokens(tokenize(arg), env), env), m.name);
    }
    return uses;
  });
  return firstUse(index, target);
}

/** Every member is a function pointer, apart from a leading version or size. */
function functionTable(fields: Field[], env: Env): boolean {
  const slots = fields.filter((f) => !(f.name && SIZE_MEMBER.test(f.name)));
  return slots.length > 0 && slots.every((f) => isFunctionPointer(f.type, env));
}

/** `int (*open)(void *)`, or a member of a pointer-to-function typedef (`demo_open_fn *open`, `demo_open_cb open`). */
function isFunctionPointer(t: CType, env: Env): boolean {
  const to = resolvePointer(t, env);
  if (!to) return false;
  if (to.k === "func") return true;
  return to.k === "name" && env.typedefs.get(to.name)?.type.k === "func";
}

/** A version macro or a `*version*()` function in the headers of the change. */
function versionInView(env: Env): boolean {
  if ([...env.macros.keys()].some(hasVersionWord)) return true;
  return env.models.some((m) => m.functions.some((f) => /version/i.test(f.name)));
}

/** A function returning a pointer to the record, if one does (the first, in the headers' order). */
function handedOutBy(env: Env, target: RecordEntry): string | undefined {
  const index = memoised(env, "handed-out-by", () => {
    const uses = new UseIndex();
    for (const m of env.models)
      for (const f of m.functions) {
        const ret = resolvePointer(f.ret, env);
        if (ret) uses.add(recordIdentities(ret, env), f.name);
      }
    return uses;
  });
  return firstUse(index, target);
}

/** The pointee of a pointer type (through a pointer typedef), undefined for other types. */
function resolvePointer(t: CType, env: Env): CType | undefined {
  if (t.k === "ptr") return t.to;
  if (t.k === "name") {
    const td = env.typedefs.get(t.name);
    if (td?.type.k === "ptr") return td.type.to;
  }
  return undefined;
}
