import { matchesAny } from "../../../engine/glob.js";
import type { Env } from "../env.js";
import type { Leaf } from "../leaves.js";
import type { CType, Field, RecordDef } from "../model.js";
import type { RecordEntry } from "../records.js";
import { isReserved } from "./struct-facts.js";
import { memoised } from "./by-value-use.js";

/**
 * Private by convention: members and records a header keeps for the library's own use. Users
 * who only go through the library's functions never name them, so changes to them that keep
 * every public layout are notices (the public record that embeds a private one still reports
 * its own size and offsets).
 */

const PRIVATE_NAME = /(^|_)PRIVATE(_|$)/;
/** Last word of a record's name that says it is the library's (`LZ4_stream_t_internal`). */
const PRIVATE_RECORD_WORDS = new Set(["internal", "private", "priv"]);
/** Words of a member's name that tell users to keep out (`internal_donotuse`). */
const KEEP_OUT_WORDS = new Set(["internal", "private", "priv", "donotuse", "dontuse"]);

/**
 * Why a member is private by convention, if it is: configured (`c.private` globs of
 * `record.member`), the header says so (a `*_PRIVATE_FIELDS` macro, a comment — parse-record.ts),
 * its name (or an enclosing member's) begins with `_`, or it stands for an unexpanded `*_PRIVATE`
 * macro. Reserved names are not private, they are reserved.
 */
export function privateWhy(l: Leaf, record?: string, configured: readonly string[] = []): string | undefined {
  if (record !== undefined && configured.length && matchesAny(`${bare(record)}.${l.path}`, configured))
    return `\`${bare(record)}.${l.path}\` matches \`c.private\``;
  if (l.field.private) return l.field.private;
  const parts = l.path.split(".");
  if (PRIVATE_NAME.test(parts[parts.length - 1]!)) return `it stands for the private macro \`${parts.at(-1)}\``;
  const underscored = parts.find((p) => p.startsWith("_") && !isReserved(p));
  return underscored ? `its name \`${underscored}\` begins with \`_\`` : undefined;
}

/**
 * Why a whole struct or union is private by convention, if it is: configured (`c.private` globs
 * of record names), named so (`*_internal`, `*_private`), or only ever embedded by value as
 * members users are told to keep out of (`LZ4_stream_t_internal internal_donotuse;` beside
 * `char minStateSize[N]` in a union whose size the char array fixes).
 */
export function recordPrivateWhy(e: RecordEntry, env: Env, configured: readonly string[]): string | undefined {
  const name = bare(e.display);
  const aliases = [name, ...typedefsOf(e, env)];
  const hit = aliases.find((n) => configured.length && matchesAny(n, configured));
  if (hit) return `\`${hit}\` matches \`c.private\``;
  const named = aliases.find((n) => PRIVATE_RECORD_WORDS.has(nameWords(n).at(-1) ?? ""));
  if (named) return `its name \`${named}\` says it is the library's own`;
  const prefixed = aliases.map((n) => internalPrefixWhy(n, env)).find(Boolean);
  if (prefixed) return prefixed;
  const uses = embeddingMembers(e, aliases, env);
  if (uses.length && uses.every(keepOut))
    return `it is only embedded as ${uses.map((f) => `\`${f.name}\``).join(", ")}, which users are told to keep out of`;
  return undefined;
}

/**
 * The project's prefix followed by a double underscore marks internals (`uv__io_t`, `git__malloc`,
 * `ares__buf_t`): says so when the part before the first `__` is the prefix of a function declared
 * in the headers in view with a single underscore (`uv_loop_init`), so the namespace is the
 * project's own. A `__` name outside it (`__u32`, a foreign `foo__bar`) is not private by this.
 */
export function internalPrefixWhy(name: string, env: Env): string | undefined {
  const m = /^([A-Za-z][A-Za-z0-9_]*?)__[A-Za-z0-9]/.exec(name);
  if (!m || m[1]!.endsWith("_")) return undefined;
  const prefix = m[1]!;
  if (!functionPrefixes(env).has(prefix.toLowerCase())) return undefined;
  return `its name \`${name}\` is the project's prefix \`${prefix}_\` followed by \`__\`, which marks the library's internals`;
}

/** Every `_`-bounded prefix of the names of the functions in view, lower-cased: `uv_loop_init` → uv, uv_loop. */
function functionPrefixes(env: Env): Set<string> {
  return memoised(env, "function-prefixes", () => {
    const out = new Set<string>();
    for (const m of env.models)
      for (const f of m.functions) {
        if (f.name.startsWith("_")) continue;
        const name = f.name.toLowerCase();
        for (let i = name.indexOf("_"); i > 0; i = name.indexOf("_", i + 1))
          if (/[a-z0-9]/.test(name[i + 1] ?? "")) out.add(name.slice(0, i));
      }
    return out;
  });
}

/** Why a typedef is private by convention, if it is: configured (`c.private`) or named with the project's internal prefix. */
export function typedefPrivateWhy(name: string, env: Env, configured: readonly string[]): string | undefined {
  if (configured.length && matchesAny(name, configured)) return `\`${name}\` matches \`c.private\``;
  return internalPrefixWhy(name, env);
}

const bare = (display: string) => display.replace(/^(struct|union|class) /, "");

/** The words of an identifier, snake_case or camelCase: `LZ4F_ERROR_maxCode` → lz4f, error, max, code. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .split(/_+/)
    .filter(Boolean);
}

function typedefsOf(e: RecordEntry, env: Env): string[] {
  const key = e.key.startsWith("typedef ") ? undefined : e.key;
  if (!key) return [];
  return [...env.typedefs.values()]
    .filter((t) => t.type.k === "tag" && `${t.type.tag === "class" ? "struct" : t.type.tag} ${t.type.name}` === key)
    .map((t) => t.name);
}

/** Members of the headers' records (and their inline records) that hold the record by value. */
function embeddingMembers(e: RecordEntry, aliases: string[], env: Env): Field[] {
  const key = e.key.startsWith("typedef ") ? undefined : e.key;
  const holds = (t: CType): boolean =>
    (t.k === "name" && aliases.includes(t.name)) ||
    (t.k === "tag" && key === `${t.tag === "class" ? "struct" : t.tag} ${t.name}`) ||
    (t.k === "array" && holds(t.of));
  const out: Field[] = [];
  const visit = (rec: RecordDef, depth: number) => {
    if (depth > 8 || rec === e.rec) return;
    for (const f of rec.fields) {
      if (holds(f.type)) out.push(f);
      else if (f.type.k === "record" && !f.type.rec.name) visit(f.type.rec, depth + 1);
    }
  };
  for (const m of env.models) {
    for (const rec of m.records) visit(rec, 0);
    for (const td of m.typedefs) if (td.type.k === "record" && !td.type.rec.name) visit(td.type.rec, 0);
  }
  return out;
}

function keepOut(f: Field): boolean {
  if (f.private) return true;
  if (!f.name) return false;
  return f.name.startsWith("_") || nameWords(f.name).some((w) => KEEP_OUT_WORDS.has(w));
}
