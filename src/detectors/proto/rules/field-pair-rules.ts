import { protoRules } from "../rule-specs.js";
import type { Rule } from "../../../engine/rule.js";
import {
  SCALARS,
  jsonCompatibleCardinality,
  jsonCompatibleKinds,
  wireCompatibleCardinality,
  wireCompatibleKinds,
} from "../field-kind.js";
import { sameTypeName } from "../emit.js";
import type { RuleContext } from "../emit.js";
import type { ProtoEnum, ProtoField, ProtoMessage } from "../model.js";

interface FieldPair {
  previous: Pick<ProtoMessage, "package">;
  message: Pick<ProtoMessage, "package" | "fqn" | "name">;
  /** Extensions have no JSON name of their own (JSON uses `[full.name]`). */
  extension?: boolean;
  before: ProtoField;
  after: ProtoField;
}

/** Rules comparing one field (paired by number) with its next version. */
export function fieldPairRules(
  ctx: RuleContext,
  { previous, message, before: b, after: a, extension }: FieldPair,
): void {
  const symbol = `${message.fqn}.${a.name}`;
  const at = { line: a.line, symbol };
  const what = extension
    ? `Extension "${a.number}" with name "${a.name}" on "${message.name}"`
    : `Field "${a.number}" with name "${a.name}" on message "${message.name}"`;
  const emit = (rule: Rule, message: string) => ctx.emit({ rule, ...at, message: `${what} ${message}` });

  const typeChange = typeChanged(ctx, { before: b, after: a, packages: [previous.package, message.package] });
  if (typeChange && !typeChange.wire)
    emit(
      protoRules["proto/field-wire-compatible-type"],
      `changed type from "${typeLabel(b)}" to "${typeLabel(a)}"; the bytes on the wire no longer decode.`,
    );
  if (typeChange && !typeChange.json)
    emit(
      protoRules["proto/field-wire-json-compatible-type"],
      `changed type from "${typeLabel(b)}" to "${typeLabel(a)}"; the wire or JSON encoding no longer matches.`,
    );
  if (!wireCompatibleCardinality(b.cardinality, a.cardinality))
    emit(
      protoRules["proto/field-wire-compatible-cardinality"],
      `changed cardinality from "${b.cardinality}" to "${a.cardinality}".`,
    );
  if (!jsonCompatibleCardinality(b.cardinality, a.cardinality))
    emit(
      protoRules["proto/field-wire-json-compatible-cardinality"],
      `changed cardinality from "${b.cardinality}" to "${a.cardinality}".`,
    );
  if (b.oneof !== a.oneof) emit(protoRules["proto/field-same-oneof"], oneofMessage(b.oneof, a.oneof));
  if (
    (b.explicitDefault || a.explicitDefault) &&
    b.defaultValue !== undefined &&
    a.defaultValue !== undefined &&
    b.defaultValue !== a.defaultValue
  ) {
    emit(
      protoRules["proto/field-same-default"],
      `changed default value from "${b.defaultValue}" to "${a.defaultValue}".`,
    );
  }
  if (b.name !== a.name) emit(protoRules["proto/field-same-name"], `changed name from "${b.name}" to "${a.name}".`);
  if (!extension && b.jsonName !== a.jsonName)
    emit(
      protoRules["proto/field-same-json-name"],
      `changed option "json_name" from "${b.jsonName}" to "${a.jsonName}".`,
    );
  if (b.keyUtf8 !== undefined && a.keyUtf8 !== undefined && b.keyUtf8 !== a.keyUtf8)
    emit(
      protoRules["proto/field-same-utf8-validation"],
      `changed utf8_validation of its string keys from ${b.keyUtf8} to ${a.keyUtf8}.`,
    );
  if (b.utf8 !== undefined && a.utf8 !== undefined && b.utf8 !== a.utf8)
    emit(protoRules["proto/field-same-utf8-validation"], `changed utf8_validation from ${b.utf8} to ${a.utf8}.`);
}

/** Undefined when the type is the same; else whether the change keeps wire and JSON encodings. */
function typeChanged(
  ctx: RuleContext,
  { before: b, after: a, packages }: { before: ProtoField; after: ProtoField; packages: [string, string] },
): { wire: boolean; json: boolean } | undefined {
  if (b.kind !== a.kind)
    return { wire: wireCompatibleKinds(b.kind, a.kind), json: jsonCompatibleKinds(b.kind, a.kind) };
  if (b.map && a.map) return mapChanged(b.map, a.map, packages);
  if (b.kind !== "enum" && b.kind !== "message" && b.kind !== "group") return undefined;
  if (sameTypeName(b.typeName, packages[0], a.typeName, packages[1])) return undefined;
  const same = b.kind === "enum" && sameEnum(ctx, b.typeName, a.typeName);
  return same ? undefined : { wire: false, json: false };
}

function mapChanged(b: NonNullable<ProtoField["map"]>, a: NonNullable<ProtoField["map"]>, packages: [string, string]) {
  if (b.key !== a.key) return { wire: false, json: false };
  if (b.valueKind !== a.valueKind)
    return { wire: wireCompatibleKinds(b.valueKind, a.valueKind), json: jsonCompatibleKinds(b.valueKind, a.valueKind) };
  if (SCALARS.has(b.valueKind) || sameTypeName(b.valueType, packages[0], a.valueType, packages[1])) return undefined;
  return { wire: false, json: false };
}

/** buf's rule: a renamed enum type is the same enum when its short name stays and it keeps every value. */
function sameEnum(ctx: RuleContext, before: string, after: string): boolean {
  const prev = ctx.enums.before(before);
  const curr = ctx.enums.after(after);
  if (!prev || !curr || prev.name !== curr.name) return false;
  const kept = valueKeys(curr);
  return prev.values.every((v) => kept.has(`${v.number}\u0000${v.name}`));
}

const valueKeyCache = new WeakMap<ProtoEnum, Set<string>>();

/** An enum's values as `number NUL name` keys, built once per enum (many fields share an enum type). */
function valueKeys(e: ProtoEnum): Set<string> {
  let keys = valueKeyCache.get(e);
  if (!keys) valueKeyCache.set(e, (keys = new Set(e.values.map((v) => `${v.number}\u0000${v.name}`))));
  return keys;
}

function typeLabel(f: ProtoField): string {
  if (f.map) return `map<${f.map.key}, ${f.map.valueType}>`;
  return ["enum", "message", "group"].includes(f.kind) ? f.typeName : f.kind;
}

function oneofMessage(before: string | undefined, after: string | undefined): string {
  if (!before) return `moved into oneof "${after}".`;
  if (!after) return `moved out of oneof "${before}".`;
  return `moved from oneof "${before}" to oneof "${after}".`;
}
