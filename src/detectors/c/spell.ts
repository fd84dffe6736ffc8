import { scalarKey } from "./abi.js";
import type { Env } from "./env.js";
import type { CType, Quals, RecordDef, Typedef } from "./model.js";

const q = (quals?: Quals) => (quals && quals.length ? quals.join(" ") + " " : "");

/** The type as a C programmer would write it (for messages and layout tables). */
export function spell(t: CType): string {
  switch (t.k) {
    case "prim":
    case "name":
      return `${q(t.q)}${t.name}`;
    case "tag":
      return `${q(t.q)}${t.tag} ${t.name}`;
    case "record":
      return `${q(t.q)}${t.rec.kind} ${t.rec.name ?? "{…}"}`;
    case "enum":
      return `${q(t.q)}enum ${t.en.name ?? "{…}"}`;
    case "ptr":
      return `${spell(t.to)} *${t.q && t.q.length ? " " + t.q.join(" ") : ""}`;
    case "ref":
      return `${spell(t.to)} &`;
    case "array":
      return `${spell(t.of)}[${t.len ?? ""}]`;
    case "func":
      return `${spell(t.ret)} (${t.params.map((p) => spell(p.type)).join(", ")}${t.variadic ? ", ..." : ""})`;
    case "unknown":
      return t.text;
  }
}

/**
 * The type with typedefs and scalar aliases resolved and anonymous records spelled out, so two
 * spellings of one ABI type (`__u32` / `uint32_t`) compare equal. `keepQuals` false drops
 * const/volatile everywhere (for qualifier-only comparisons).
 */
export function canonical(t: CType, env: Env, keepQuals = true, depth = 0): string {
  if (depth > 16) return spell(t);
  const qs = (x?: Quals) => (keepQuals ? q(x) : "");
  switch (t.k) {
    case "prim":
      return `${qs(t.q)}${scalarKey(t.name) ?? t.name}`;
    case "name": {
      const td = env.typedefs.get(t.name);
      if (td)
        return `${qs(t.q)}${identityOf(td) ?? canonical(td.type, env, keepQuals, depth + 1)}${td.attrs.aligned ? ` aligned(${td.attrs.aligned})` : ""}`;
      return `${qs(t.q)}${scalarKey(t.name) ?? t.name}`;
    }
    case "tag":
      return `${qs(t.q)}${t.tag === "class" ? "struct" : t.tag} ${t.name}`;
    case "record":
      return `${qs(t.q)}${recordShape(t.rec, env, keepQuals, depth)}`;
    case "enum":
      return `${qs(t.q)}enum ${t.en.name ?? `{${t.en.members.map((m) => m.name).join(",")}}`}`;
    case "ptr":
      return `${canonical(t.to, env, keepQuals, depth + 1)} *${keepQuals && t.q?.length ? " " + t.q.join(" ") : ""}`;
    case "ref":
      return `${canonical(t.to, env, keepQuals, depth + 1)} &`;
    case "array":
      return `${canonical(t.of, env, keepQuals, depth + 1)}[${t.len ?? ""}]`;
    case "func":
      return `${canonical(t.ret, env, keepQuals, depth + 1)} (${t.params.map((p) => canonical(p.type, env, keepQuals, depth + 1)).join(", ")}${t.variadic ? ", ..." : ""})`;
    case "unknown":
      return t.text;
  }
}

/**
 * `typedef enum { … } T` → `enum T`, `typedef struct { … } T` → `struct T`: the typedef name is
 * the type's only name, so it is its identity. The enum and record rules judge its members; a
 * use of `T` does not change because `T` gained one, nor when `T` is respelled
 * `typedef struct T { … } T`.
 */
function identityOf(td: Typedef): string | undefined {
  const t = td.type;
  if (t.k === "enum" && !t.en.name) return `enum ${td.name}`;
  if (t.k === "record" && !t.rec.name) return `${t.rec.kind === "class" ? "struct" : t.rec.kind} ${td.name}`;
  return undefined;
}

function recordShape(rec: RecordDef, env: Env, keepQuals: boolean, depth: number): string {
  if (rec.name) return `${rec.kind === "class" ? "struct" : rec.kind} ${rec.name}`;
  const fields = rec.fields.map(
    (f) => `${canonical(f.type, env, keepQuals, depth + 1)} ${f.name ?? ""}${f.bits ? ":" + f.bits : ""}`,
  );
  return `${rec.kind} {${fields.join("; ")}}`;
}
