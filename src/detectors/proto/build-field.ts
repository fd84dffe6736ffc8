import protobuf from "protobufjs";
import { feature } from "./features.js";
import { defaultJsonName, SCALARS } from "./field-kind.js";
import { fullName, resolveName } from "./names.js";
import type { Cardinality, ProtoField, Syntax } from "./model.js";

interface Where {
  syntax: Syntax;
  line: number;
}

/** One field's compared facts: encoding kind, cardinality, oneof, names, default, UTF-8 check. */
export function buildField(f: protobuf.Field, { syntax, line }: Where): ProtoField {
  const target = SCALARS.has(f.type) ? null : (f.parent?.lookup(f.type, [protobuf.Type, protobuf.Enum]) ?? null);
  const valueKind = kindOf(f, target, syntax);
  const valueType = target ? fullName(target) : SCALARS.has(f.type) ? f.type : resolveName(f, f.type);
  const isMap = f instanceof protobuf.MapField;
  // on the wire a map is a repeated `<Name>Entry` message, which is how protoc and buf see it
  const kind = isMap ? "message" : valueKind;
  const oneof = f.partOf && !f.options?.proto3_optional ? f.partOf.name : undefined;
  const explicitJson = f.options?.json_name;
  return {
    name: f.name,
    number: f.id,
    line,
    typeName: isMap ? `${f.parent ? fullName(f.parent) + "." : ""}${entryName(f.name)}` : valueType,
    kind,
    map: isMap ? { key: (f as protobuf.MapField).keyType, valueKind, valueType } : undefined,
    cardinality: cardinalityOf(f, kind, oneof, syntax),
    oneof,
    jsonName: typeof explicitJson === "string" ? explicitJson : defaultJsonName(f.name),
    defaultValue: isMap ? undefined : defaultOf(f, kind, target),
    explicitDefault: f.options?.default !== undefined,
    utf8: f.type === "string" ? feature(f, "utf8_validation", syntax) : undefined,
    keyUtf8:
      f instanceof protobuf.MapField && f.keyType === "string" ? feature(f, "utf8_validation", syntax) : undefined,
  };
}

/** protoc's map entry message name: `str_to_int` → `StrToIntEntry`. */
function entryName(field: string): string {
  const camel = defaultJsonName(field);
  return camel.charAt(0).toUpperCase() + camel.slice(1) + "Entry";
}

function kindOf(f: protobuf.Field, target: protobuf.ReflectionObject | null, syntax: Syntax): string {
  if (SCALARS.has(f.type)) return f.type;
  if (target instanceof protobuf.Enum) return "enum";
  const group = target instanceof protobuf.Type && (target as protobuf.Type & { group?: boolean }).group;
  if (group || feature(f, "message_encoding", syntax) === "DELIMITED") return "group";
  return "message";
}

function cardinalityOf(f: protobuf.Field, kind: string, oneof: string | undefined, syntax: Syntax): Cardinality {
  if (f instanceof protobuf.MapField || f.map) return "map";
  if (f.rule === "repeated") return "repeated";
  if (f.rule === "required" || feature(f, "field_presence", syntax) === "LEGACY_REQUIRED") return "required";
  if (syntax === "proto2" || kind === "message" || kind === "group" || oneof || f.options?.proto3_optional)
    return "explicit";
  return feature(f, "field_presence", syntax) === "IMPLICIT" ? "implicit" : "explicit";
}

const ZERO: Record<string, string> = { bool: "0", string: "", bytes: "" };

/** Default as text: the explicit `[default = …]` or the zero value; enums default to their first value. */
function defaultOf(f: protobuf.Field, kind: string, target: protobuf.ReflectionObject | null): string | undefined {
  if (f.rule === "repeated" || f.map || kind === "message" || kind === "group") return undefined;
  const explicit = f.options?.default;
  const values = target instanceof protobuf.Enum ? target.values : undefined;
  // an enum default compares by number, so `ABC` (= 1) on an enum equals `1` on a uint32
  if (kind === "enum" && typeof explicit === "string")
    return values?.[explicit] !== undefined ? String(values[explicit]) : explicit;
  if (explicit !== undefined) return canonical(explicit, kind);
  if (kind === "enum") return values ? String(Object.values(values)[0] ?? 0) : undefined;
  return ZERO[kind] ?? "0";
}

/** Defaults compare by value, so `123` on an int32 equals `123.0` on a double and `true` equals 1. */
function canonical(value: unknown, kind: string): string {
  if (typeof value === "boolean") return value ? "1" : "0";
  if (typeof value === "number") return String(value);
  if (
    kind !== "string" &&
    kind !== "bytes" &&
    kind !== "enum" &&
    typeof value === "string" &&
    value.trim() !== "" &&
    !Number.isNaN(Number(value))
  )
    return String(Number(value));
  return String(value);
}
