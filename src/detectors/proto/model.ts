/** The parts of a .proto file the breaking-change rules compare, with 1-based lines. */
export type Syntax = "proto2" | "proto3" | "editions";

export interface Span {
  line: number;
  endLine: number;
}

export interface Reserved {
  /** Inclusive ranges, `max` resolved to 536870911. */
  ranges: [number, number][];
  names: string[];
}

/** How a field is repeated or present; see cardinality groups in field-kind.ts. */
export type Cardinality = "explicit" | "implicit" | "required" | "repeated" | "map";

export interface ProtoField {
  name: string;
  number: number;
  line: number;
  /** Scalar name (`int32`) or the referenced type's full name without the leading dot. */
  typeName: string;
  /** Scalar name, or `enum` / `message` / `group` for named types (`message` when unresolved). */
  kind: string;
  /** For map fields (whose kind is the generated `<Name>Entry` message): key and value types. */
  map?: { key: string; valueKind: string; valueType: string };
  cardinality: Cardinality;
  /** Declared oneof; synthetic proto3-optional oneofs are not oneofs here. */
  oneof?: string;
  jsonName: string;
  /** Default value as text, explicit or the type's zero value; undefined when not applicable. */
  defaultValue?: string;
  /** True when `[default = …]` is written; two implicit zero values never differ meaningfully. */
  explicitDefault: boolean;
  /** utf8_validation for string fields (VERIFY / NONE). */
  utf8?: string;
  /** utf8_validation of a string map key (checked separately from the value). */
  keyUtf8?: string;
}

export interface ProtoMessage extends Span {
  fqn: string;
  /** The declaring file's package, to compare type names across a package rename. */
  package: string;
  name: string;
  fields: Map<number, ProtoField>;
  reserved: Reserved;
  jsonFormat: string;
  /** Line of an explicit `option features.json_format`, where buf points. */
  jsonFormatLine?: number;
}

export interface ProtoEnumValue {
  name: string;
  number: number;
  line: number;
}

export interface ProtoEnum extends Span {
  fqn: string;
  name: string;
  values: ProtoEnumValue[];
  reserved: Reserved;
  closed: boolean;
  jsonFormat: string;
  jsonFormatLine?: number;
  /** Line of an explicit `option features.enum_type`. */
  enumTypeLine?: number;
}

export interface ProtoRpc {
  name: string;
  line: number;
  requestType: string;
  responseType: string;
  clientStreaming: boolean;
  serverStreaming: boolean;
  idempotency: string;
}

export interface ProtoService extends Span {
  fqn: string;
  package: string;
  rpcs: Map<string, ProtoRpc>;
}

/** An extension field, paired by extendee and number like buf does. */
export interface ProtoExtension {
  /** `<extendee full name>#<number>`. */
  key: string;
  extendee: string;
  /** Full name of the scope declaring it (`pkg` or `pkg.Msg`). */
  scope: string;
  package: string;
  field: ProtoField;
}

export interface ProtoFile {
  syntax: Syntax;
  package: string;
  /** Line of the `package` statement, when there is one. */
  packageLine?: number;
  messages: Map<string, ProtoMessage>;
  enums: Map<string, ProtoEnum>;
  services: Map<string, ProtoService>;
  extensions: Map<string, ProtoExtension>;
}
