import { cRules } from "./rule-specs.js";
import { includeCandidates, includeNames } from "./include-closure.js";
import { umbrellaCandidates } from "./umbrella-headers.js";
import { modelOf } from "./model-cache.js";
import { tokenize } from "./tokens.js";
import { report, type Compare } from "./compare-context.js";
import { buildEnv, type Env } from "./env.js";
import { evalInt } from "./const-eval.js";
import { ABIS, ABI_NAMES } from "./abi.js";
import type { CType, HeaderModel, ParseGap } from "./model.js";
import type { Finding } from "../../engine/types.js";

/**
 * A removal is reported only when the name is really gone for the users of this header. The
 * rules compare one file's two models; this pass looks at each "was removed" finding once more:
 *
 * - **moved**: the head declares it (same kind of declaration) in another header this one still
 *   includes, or that an umbrella header including this one includes (`git2.h` includes
 *   `git2/version.h` and `git2/deprecated.h`) — users who include what they included before still
 *   get it. A header that includes this one but declares things of its own (`git2/sys/email.h`
 *   including `git2/email.h`) is no umbrella: users of this header do not get what it declares;
 * - **unparsed**: the name is still in the text of a region of the head version the parser could
 *   not read, or in the declaration around it — it cannot be told removed, so it is listed in the
 *   `c/parse-incomplete` notice as "not checked" instead of becoming an error. The declaration
 *   counts because the error can be the unknown word alone: in `typedef void (CONV *log_fn)(…);`
 *   with `CONV` defined nowhere in view, the region is `CONV` and the typedef is misread.
 */
export function confirmRemovals(
  cmp: Compare,
  view: HeadersInView | undefined,
  headText?: string | null,
): { unchecked: string[] } {
  const gaps = freshGaps(cmp);
  const lines = headText ? headText.split("\n") : [];
  const unparsedNames = new Set(
    gaps.flatMap((g) =>
      tokenize(`${g.key}\n${declarationAround(lines, g.line)}`)
        .filter((t) => t.t === "id")
        .map((t) => t.v),
    ),
  );
  const unchecked: string[] = [];
  const changed: { f: Finding; change: string }[] = [];
  let elsewhere: HeaderModel[] | undefined;
  const kept = cmp.findings.filter((f) => {
    const removal = removalOf(f);
    if (!removal) return true;
    if (unparsedNames.has(removal.name)) {
      unchecked.push(f.symbol ?? removal.name);
      return false;
    }
    // this header's own head model too: `typedef struct T T;` keeps `T` when the body moved elsewhere
    elsewhere ??= [cmp.after.model, ...(view ? view.reachableModels(cmp.path) : [])];
    const home = elsewhere.find((m) => declares(m, removal));
    if (!home) return !placeholderBodyRemoved(cmp, removal, elsewhere);
    const change = removal.kind === "macro" && !f.symbol?.endsWith("()") && movedValueChange(cmp, removal.name, home);
    if (change) changed.push({ f, change });
    return false;
  });
  cmp.findings.splice(0, cmp.findings.length, ...kept);
  for (const { f, change } of changed)
    report(cmp, {
      rule: cRules["c/macro-value-changed"],
      line: f.line,
      symbol: f.symbol,
      message: `Macro \`${f.symbol}\` moved to another header users still include, and its value changes: ${change}; compiled users keep the old value.`,
    });
  return { unchecked };
}

/**
 * How a macro that moved to `home` changes its value, when both values are known and differ: as
 * an integer on either ABI, else as the text its aliases resolve to (`LIBGIT2_VER_MAJOR` →
 * `LIBGIT2_VERSION_MAJOR` → `1` is the `1` it was). Undefined when the value is kept or unknown.
 */
function movedValueChange(cmp: Compare, name: string, home: HeaderModel): string | undefined {
  const homeEnv = buildEnv([home, ...cmp.after.env.models]);
  for (const abi of ABIS) {
    const b = evalInt(name, cmp.before.env, abi);
    const a = evalInt(name, homeEnv, abi);
    if (b.ok && a.ok) return b.value === a.value ? undefined : `\`${b.value}\` → \`${a.value}\` (${ABI_NAMES[abi]})`;
  }
  const b = aliasTarget(name, cmp.before.env);
  const a = aliasTarget(name, homeEnv);
  return b !== undefined && a !== undefined && b !== a ? `\`${b}\` → \`${a}\`` : undefined;
}

/**
 * A placeholder body of an opaque struct (`struct internal_state {int dummy;};`, for compilers
 * that could not take a pointer to an undefined struct) removed while the head still names the
 * tag, and the base only ever held pointers to it: the tag stays declared as an incomplete type,
 * every pointer to it compiles and keeps its layout, and its one placeholder member was nothing
 * to use. A body with real members is a removal (users reached them through the pointers).
 */
function placeholderBodyRemoved(cmp: Compare, r: Removal, head: readonly HeaderModel[]): boolean {
  if (r.kind !== "struct" && r.kind !== "union") return false;
  const body = cmp.before.model.records.find((x) => x.name === r.name && x.kind === r.kind);
  if (!body || body.fields.length !== 1 || !PLACEHOLDER.test(body.fields[0]!.name ?? "")) return false;
  const before = tagUses([...cmp.before.env.models], r.kind, r.name);
  const after = tagUses([...head, ...cmp.after.env.models], r.kind, r.name);
  return before.byValue === 0 && after.byValue === 0 && after.viaPointer > 0;
}

const PLACEHOLDER = /^_*(dummy|unused|placeholder|opaque|reserved)\d*_*$/i;

/** How the declarations of some headers name `struct name`: behind a pointer, or by value. */
function tagUses(models: readonly HeaderModel[], tag: string, name: string): { viaPointer: number; byValue: number } {
  const out = { viaPointer: 0, byValue: 0 };
  const walk = (t: CType, pointer: boolean): void => {
    switch (t.k) {
      case "tag":
        if (t.tag === tag && t.name === name) out[pointer ? "viaPointer" : "byValue"]++;
        return;
      case "ptr":
      case "ref":
        return walk(t.to, true);
      case "array":
        return walk(t.of, pointer);
      case "func":
        walk(t.ret, pointer);
        return t.params.forEach((p) => walk(p.type, pointer));
      case "record":
        return t.rec.fields.forEach((f) => walk(f.type, false));
      default:
        return;
    }
  };
  for (const m of new Set(models)) {
    for (const rec of m.records) for (const f of rec.fields) walk(f.type, false);
    // `typedef struct foo foo_t;` only names the tag: foo_t's uses are what count
    for (const td of m.typedefs) if (td.type.k !== "tag") walk(td.type, false);
    for (const fn of m.functions) walk({ k: "func", ret: fn.ret, params: fn.params, variadic: fn.variadic }, false);
    for (const g of m.globals) walk(g.type, false);
  }
  return out;
}

/** The body an object-like macro resolves to through macros that only name another one. */
function aliasTarget(name: string, env: Env): string | undefined {
  let m = env.macros.get(name);
  for (let i = 0; m && !m.params && i < 16; i++) {
    const next = /^[A-Za-z_]\w*$/.test(m.body) ? env.macros.get(m.body) : undefined;
    if (!next || next.params) return m.body;
    m = next;
  }
  return undefined;
}

export type Kind = "function" | "global" | "typedef" | "struct" | "union" | "enum" | "macro" | "constant";

export interface Removal {
  kind: Kind;
  name: string;
}

/** What a removal finding says is gone (overloads aside: their name stays declared here). */
export function removalOf(f: Finding): Removal | undefined {
  const symbol = f.symbol ?? "";
  switch (f.ruleId) {
    case cRules["c/function-removed"].id:
      return f.message.startsWith("Overload") ? undefined : { kind: "function", name: symbol.replace(/\(\)$/, "") };
    case cRules["c/global-removed"].id:
      return { kind: "global", name: symbol };
    case cRules["c/macro-removed"].id:
      return { kind: "macro", name: symbol };
    case cRules["c/macro-changed"].id:
      return f.message.includes("was removed") ? { kind: "macro", name: symbol.replace(/\(\)$/, "") } : undefined;
    case cRules["c/enum-member-removed"].id:
      return { kind: "constant", name: symbol.split(".").pop()! };
    case cRules["c/type-removed"].id: {
      const tagged = /^(struct|union|enum|class) (.+)$/.exec(symbol);
      if (!tagged) return { kind: "typedef", name: symbol };
      return { kind: tagged[1] === "class" ? "struct" : (tagged[1] as Kind), name: tagged[2]! };
    }
    default:
      return undefined;
  }
}

function declares(m: HeaderModel, r: Removal): boolean {
  switch (r.kind) {
    case "function":
      return m.functions.some((f) => f.name === r.name);
    case "global":
      return m.globals.some((g) => g.name === r.name);
    case "macro":
      return m.macros.some((x) => x.name === r.name);
    case "constant":
      return m.enums.some((e) => e.members.some((x) => x.name === r.name));
    case "typedef":
      return m.typedefs.some((t) => t.name === r.name);
    case "enum":
      return m.enums.some((e) => e.name === r.name);
    default:
      return m.records.some(
        (x) => x.name === r.name && (x.kind === r.kind || (x.kind === "class" && r.kind === "struct")),
      );
  }
}

/**
 * The lines of the declaration that holds 1-based `line`: back to the line after one that ends a
 * declaration (`;`, `{`, `}`), a directive or a blank line, forward to the first line that ends
 * one (at most 32 lines each way).
 */
function declarationAround(lines: string[], line: number): string {
  const ends = (l: string | undefined) => l === undefined || /[;{}]\s*$|^\s*(#|$)/.test(l);
  let from = line - 1;
  while (from > 0 && line - 1 - from < 32 && !ends(lines[from - 1])) from--;
  let to = line - 1;
  while (to < lines.length - 1 && to - (line - 1) < 32 && !ends(lines[to])) to++;
  return lines.slice(from, to + 1).join("\n");
}

/** Regions of the head the parser could not read that the base did not have (by their tokens). */
export function freshGaps(cmp: Compare): ParseGap[] {
  const old = new Map<string, number>();
  for (const g of cmp.before.model.gaps) old.set(g.key, (old.get(g.key) ?? 0) + 1);
  return cmp.after.model.gaps
    .filter((g) => !isExternCIdiom(g.key))
    .filter((g) => {
      const n = old.get(g.key) ?? 0;
      if (n > 0) {
        old.set(g.key, n - 1);
        return false;
      }
      return true;
    });
}

/**
 * `#ifdef __cplusplus` / `extern "C" {` … `}` / `#endif` leaves a lone brace or a missing
 * `#endif` in the tree; every declaration is still read, so it is not a gap worth a notice.
 */
function isExternCIdiom(key: string): boolean {
  return key === "}" || key === "{" || (key.startsWith("missing") && key.includes("__cplusplus"));
}

/** The head versions of the headers in view (changed public headers, the unchanged ones they include, their umbrellas). */
export interface HeadersInView {
  /** Models of the other headers a user of `path` still gets: what it includes, and what its umbrella headers include. */
  reachableModels(path: string): HeaderModel[];
}

/** A header that only gathers others: it includes some and declares nothing of its own. */
function gathersOnly(m: HeaderModel, text: string): boolean {
  return (
    includeNames(text).length > 1 &&
    !m.functions.length &&
    !m.globals.length &&
    !m.records.length &&
    !m.enums.length &&
    !m.typedefs.length
  );
}

/** The include graph of the head side, over the texts in view, parsed in the head's macro scope. */
export function headersInView(
  texts: ReadonlyMap<string, string>,
  model: (path: string, text: string) => HeaderModel = (p, t) => modelOf(p, t),
): HeadersInView {
  const paths = new Set(texts.keys());
  const reach = new Map<string, Set<string>>();
  const reachable = (from: string): Set<string> => {
    const hit = reach.get(from);
    if (hit) return hit;
    const seen = new Set<string>([from]);
    const queue = [from];
    while (queue.length) {
      const p = queue.shift()!;
      for (const inc of includeNames(texts.get(p) ?? ""))
        for (const q of includeCandidates(inc.name, p, paths))
          if (!seen.has(q)) {
            seen.add(q);
            queue.push(q);
          }
    }
    reach.set(from, seen);
    return seen;
  };
  return {
    reachableModels(path) {
      const out = new Set(reachable(path));
      const umbrellas = new Set(umbrellaCandidates(path, paths));
      const isUmbrella = (p: string) => umbrellas.has(p) || gathersOnly(model(p, texts.get(p)!), texts.get(p)!);
      for (const p of paths)
        if (p !== path && reachable(p).has(path) && isUmbrella(p)) for (const q of reachable(p)) out.add(q);
      out.delete(path);
      return [...out].map((p) => model(p, texts.get(p)!));
    },
  };
}
