import { finding, type Rule } from "../../engine/rule.js";
import type { Finding } from "../../engine/types.js";
import type { ProtoEnum, ProtoExtension, ProtoFile, ProtoMessage, ProtoService } from "./model.js";

export interface ElementPairs {
  messages: [ProtoMessage, ProtoMessage][];
  enums: [ProtoEnum, ProtoEnum][];
  services: [ProtoService, ProtoService][];
  extensions: [ProtoExtension, ProtoExtension][];
}

export interface RawFinding {
  rule: Rule;
  /** Another changed file, when the finding belongs there (a deletion inside a moved message). */
  path?: string;
  line: number;
  endLine?: number;
  symbol: string;
  message: string;
}

/** What every rule gets: both parsed versions and a sink that drops inactive rules. */
export interface RuleContext {
  /** The same path's two versions: the per-file rules (package, deletions) compare these. */
  before: ProtoFile;
  after: ProtoFile;
  /** Elements of the head file with their base version, found by full name in any changed file. */
  pairs: ElementPairs;
  /** Enums by full name across the changed files, for enum type renames. */
  enums: { before(fqn: string): ProtoEnum | undefined; after(fqn: string): ProtoEnum | undefined };
  /** True when a changed file's head version declares the element: it moved, it was not deleted. */
  declaredAfter(kind: "messages" | "enums" | "services", fqn: string): boolean;
  /** A message of any changed file's head version, with that file's path. */
  messageAfter(fqn: string): { path: string; message: ProtoMessage } | undefined;
  emit(f: RawFinding): void;
  /** Throws once the file's time budget is spent. */
  checkBudget(): void;
}

export function toFinding(path: string, f: RawFinding): Finding {
  return finding(f.rule, {
    path: f.path ?? path,
    line: f.line,
    ...(f.endLine !== undefined && f.endLine !== f.line ? { endLine: f.endLine } : {}),
    symbol: f.symbol,
    message: f.message,
  });
}

/** An element's name without the file's package, so a package rename pairs elements still. */
export function nestedName(file: ProtoFile, fqn: string): string {
  return file.package && fqn.startsWith(file.package + ".") ? fqn.slice(file.package.length + 1) : fqn;
}

const nestedCache = new WeakMap<object, Map<string, unknown>>();

/** Elements keyed by nested name (cached per file: deletion lookups repeat it). */
export function byNestedName<T extends { fqn: string }>(file: ProtoFile, items: Map<string, T>): Map<string, T> {
  const cached = nestedCache.get(items);
  if (cached) return cached as Map<string, T>;
  const out = new Map<string, T>();
  nestedCache.set(items, out);
  for (const item of items.values()) out.set(nestedName(file, item.fqn), item);
  return out;
}

/**
 * Where a deleted element is reported, like buf: the nearest enclosing message that still exists
 * (in this file, or for messages in the changed file it moved to, as buf does), else this file
 * itself (line 1).
 */
export function deletedAt(
  ctx: RuleContext,
  nested: string,
  followMoves = true,
): { path?: string; line: number; endLine?: number } {
  const after = byNestedName(ctx.after, ctx.after.messages);
  for (let name = parentOf(nested); name; name = parentOf(name)) {
    const m = after.get(name);
    if (m) return { line: m.line, endLine: m.endLine };
    const moved = followMoves && ctx.messageAfter(ctx.before.package ? `${ctx.before.package}.${name}` : name);
    if (moved) return { path: moved.path, line: moved.message.line, endLine: moved.message.endLine };
  }
  return { line: 1 };
}

function parentOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(0, dot);
}

/** Same type name, allowing for the declaring file's package having been renamed. */
export function sameTypeName(b: string, bPkg: string, a: string, aPkg: string): boolean {
  const local = (t: string, pkg: string) => (pkg && t.startsWith(pkg + ".") ? t.slice(pkg.length + 1) : t);
  return b === a || local(b, bPkg) === local(a, aPkg);
}

/**
 * Reserved ranges sorted and merged once per list (the lists are never changed after the model is
 * built): every rule then asks in O(log n), so a message with 10,000 reserved ranges and 10,000
 * deleted fields costs no 10⁸ comparisons.
 */
const mergedCache = new WeakMap<[number, number][], [number, number][]>();

function merged(ranges: [number, number][]): [number, number][] {
  let out = mergedCache.get(ranges);
  if (out) return out;
  out = [];
  for (const [lo, hi] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    // adjacent ranges (1 to 3, 4 to 6) cover like one
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  mergedCache.set(ranges, out);
  return out;
}

/** The merged range holding `n`, if any. */
function rangeHolding(n: number, ranges: [number, number][]): [number, number] | undefined {
  const list = merged(ranges);
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = list[mid]!;
    if (n < r[0]) hi = mid - 1;
    else if (n > r[1]) lo = mid + 1;
    else return r;
  }
  return undefined;
}

/** True when every number of `range` is covered by `ranges`. */
export function rangeCovered(range: [number, number], ranges: [number, number][]): boolean {
  const holding = rangeHolding(range[0], ranges);
  return holding !== undefined && holding[1] >= range[1];
}

export function inRanges(n: number, ranges: [number, number][]): boolean {
  return rangeHolding(n, ranges) !== undefined;
}

const nameSets = new WeakMap<string[], Set<string>>();

/** True when `name` is among the reserved `names` (a set built once per list). */
export function inNames(name: string, names: string[]): boolean {
  let set = nameSets.get(names);
  if (!set) nameSets.set(names, (set = new Set(names)));
  return set.has(name);
}

export function rangeText([lo, hi]: [number, number]): string {
  return lo === hi ? String(lo) : `${lo} to ${hi}`;
}

/** buf points at the feature option when the element sets it. */
export function optionAt(line: number | undefined): { line?: number; endLine?: number } {
  return line === undefined ? {} : { line, endLine: undefined };
}
