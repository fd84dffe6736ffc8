import { parseProto } from "./parse-proto.js";
import type { ChangeSet, FilePair } from "../../engine/types.js";
import type { ParseResult } from "./parse-proto.js";
import type { ProtoEnum, ProtoExtension, ProtoFile, ProtoMessage, ProtoService } from "./model.js";

export interface ElementIndex {
  messages: Map<string, ProtoMessage>;
  enums: Map<string, ProtoEnum>;
  services: Map<string, ProtoService>;
  extensions: Map<string, ProtoExtension>;
  /** The changed file declaring each message. */
  messagePaths: Map<string, string>;
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
      const sources = pairs
        .filter((p) => p[side] !== null)
        .map((p) => ({ path: side === "before" ? (p.previousPath ?? p.path) : p.path, result: parse(p[side]!) }));
      return (indexes[side] ??= indexOf(sources));
    },
  };
}

function indexOf(sources: { path: string; result: ParseResult }[]): ElementIndex {
  const out: ElementIndex = {
    messages: new Map(),
    enums: new Map(),
    services: new Map(),
    extensions: new Map(),
    messagePaths: new Map(),
  };
  for (const { path, result } of sources) {
    if (!result.ok) continue;
    const f = result.file;
    for (const [k, v] of f.messages) {
      if (out.messages.has(k)) continue;
      out.messages.set(k, v);
      out.messagePaths.set(k, path);
    }
    for (const [k, v] of f.enums) if (!out.enums.has(k)) out.enums.set(k, v);
    for (const [k, v] of f.services) if (!out.services.has(k)) out.services.set(k, v);
    for (const [k, v] of f.extensions) if (!out.extensions.has(k)) out.extensions.set(k, v);
  }
  return out;
}

/** Head elements of one file with their base version: same file first, then any changed file. */
export function pairElements(mod: ProtoModule, before: ProtoFile | undefined, after: ProtoFile) {
  const match = <T>(
    kind: "messages" | "enums" | "services" | "extensions",
    items: Map<string, T>,
    same: Map<string, T> | undefined,
  ) => {
    const out: [T, T][] = [];
    for (const [fqn, item] of items) {
      const prev =
        same?.get(fqn) ??
        (mod.index("before")[kind] as unknown as Map<string, T>).get(fqn) ??
        renamedPackage(before, after, fqn, same);
      if (prev) out.push([prev, item]);
    }
    return out;
  };
  return {
    messages: match("messages", after.messages, before?.messages),
    enums: match("enums", after.enums, before?.enums),
    services: match("services", after.services, before?.services),
    extensions: match("extensions", after.extensions, before?.extensions),
  };
}

/** After a package rename, the same file's element with the same nested name is its old version. */
function renamedPackage<T>(
  before: ProtoFile | undefined,
  after: ProtoFile,
  fqn: string,
  same: Map<string, T> | undefined,
): T | undefined {
  if (!before || !same || before.package === after.package) return undefined;
  const nested = after.package ? fqn.slice(after.package.length + 1) : fqn;
  return same.get(before.package ? `${before.package}.${nested}` : nested);
}
