import { parseProto } from "./parse-proto.js";
import type { ChangeSet, FilePair } from "../../engine/types.js";
import type { ParseResult } from "./parse-proto.js";
import type { ProtoEnum, ProtoFile, ProtoMessage, ProtoService } from "./model.js";

export interface ElementIndex {
  messages: Map<string, ProtoMessage>;
  enums: Map<string, ProtoEnum>;
  services: Map<string, ProtoService>;
}

/**
 * Every changed .proto file of one ChangeSet, parsed once. buf pairs messages, enums and services
 * by full name across files, so a message moved to another file is compared, not reported deleted.
 */
export interface ProtoModule {
  parse(text: string): ParseResult;
  /** Elements of all base (`before`) or head (`after`) versions, built on first use. */
  index(side: "before" | "after"): ElementIndex;
}

const modules = new WeakMap<object, ProtoModule>();

export function moduleFor(cs: ChangeSet | undefined, pair: FilePair): ProtoModule {
  const key = cs && Array.isArray(cs.files) ? cs : pair;
  let mod = modules.get(key);
  if (!mod) {
    const pairs = key === cs ? cs.files.filter((f) => f.path.endsWith(".proto") && !f.skipped) : [pair];
    mod = makeModule(pairs.some((p) => p === pair || p.path === pair.path) ? pairs : [...pairs, pair]);
    modules.set(key, mod);
  }
  return mod;
}

function makeModule(pairs: FilePair[]): ProtoModule {
  const parsed = new Map<string, ParseResult>();
  const indexes: Partial<Record<"before" | "after", ElementIndex>> = {};
  const parse = (text: string) => {
    let r = parsed.get(text);
    if (!r) parsed.set(text, (r = parseProto(text)));
    return r;
  };
  return {
    parse,
    index(side) {
      return (indexes[side] ??= indexOf(pairs.map((p) => p[side]).filter((t): t is string => t !== null).map(parse)));
    },
  };
}

function indexOf(results: ParseResult[]): ElementIndex {
  const out: ElementIndex = { messages: new Map(), enums: new Map(), services: new Map() };
  const files = results.filter((r): r is Extract<ParseResult, { ok: true }> => r.ok).map((r) => r.file);
  for (const f of files) {
    for (const [k, v] of f.messages) if (!out.messages.has(k)) out.messages.set(k, v);
    for (const [k, v] of f.enums) if (!out.enums.has(k)) out.enums.set(k, v);
    for (const [k, v] of f.services) if (!out.services.has(k)) out.services.set(k, v);
  }
  return out;
}

/** Head elements of one file with their base version: same file first, then any changed file. */
export function pairElements(mod: ProtoModule, before: ProtoFile | undefined, after: ProtoFile) {
  const match = <T extends { fqn: string }>(kind: keyof ElementIndex, items: Map<string, T>, same: Map<string, T> | undefined) => {
    const out: [T, T][] = [];
    for (const [fqn, item] of items) {
      const prev = same?.get(fqn) ?? (mod.index("before")[kind] as unknown as Map<string, T>).get(fqn) ?? renamedPackage(before, after, fqn, same);
      if (prev) out.push([prev, item]);
    }
    return out;
  };
  return {
    messages: match("messages", after.messages, before?.messages),
    enums: match("enums", after.enums, before?.enums),
    services: match("services", after.services, before?.services),
  };
}

/** After a package rename, the same file's element with the same nested name is its old version. */
function renamedPackage<T>(before: ProtoFile | undefined, after: ProtoFile, fqn: string, same: Map<string, T> | undefined): T | undefined {
  if (!before || !same || before.package === after.package) return undefined;
  const nested = after.package ? fqn.slice(after.package.length + 1) : fqn;
  return same.get(before.package ? `${before.package}.${nested}` : nested);
}
