import protobuf from "protobufjs";
import { feature } from "./features.js";
import { buildField } from "./build-field.js";
import { fullName, resolveName } from "./names.js";
import type { Locations } from "./locate.js";
import type { ProtoEnum, ProtoFile, ProtoMessage, ProtoService, Reserved, Span } from "./model.js";

/** Walks the protobufjs tree (no resolveAll: imports stay unresolved) into the compared model. */
export function buildModel(root: protobuf.Root, pkg: string, where: Locations): ProtoFile {
  const file: ProtoFile = {
    syntax: where.syntax,
    package: pkg,
    packageLine: where.packageLine,
    messages: new Map(),
    enums: new Map(),
    services: new Map(),
    extensions: new Map(),
  };
  visit(root);
  return file;

  function visit(ns: protobuf.NamespaceBase): void {
    for (const obj of ns.nestedArray) {
      if (obj instanceof protobuf.Type) addMessage(obj);
      else if (obj instanceof protobuf.Enum) addEnum(obj);
      else if (obj instanceof protobuf.Service) addService(obj);
      else if (obj instanceof protobuf.Field && obj.extend !== undefined) addExtension(obj);
      if (obj instanceof protobuf.Namespace || obj instanceof protobuf.Type) visit(obj as protobuf.NamespaceBase);
    }
  }

  function addMessage(type: protobuf.Type): void {
    const fqn = fullName(type);
    const fields = new Map<number, ReturnType<typeof buildField>>();
    for (const f of type.fieldsArray) {
      if (f.extend !== undefined || f.name.startsWith(".")) continue;
      fields.set(f.id, buildField(f, { syntax: file.syntax, line: spanOf(`${fqn}#${f.id}`).line }));
    }
    const message: ProtoMessage = {
      fqn,
      package: pkg,
      name: type.name,
      fields,
      reserved: reservedOf(type.reserved),
      jsonFormat: feature(type, "json_format", file.syntax),
      ...spanOf(fqn),
      jsonFormatLine: where.spans.get(`${fqn}@features.json_format`)?.line,
    };
    file.messages.set(fqn, message);
  }

  function addEnum(en: protobuf.Enum): void {
    const fqn = fullName(en);
    const values = Object.entries(en.values).map(([name, number]) => ({
      name,
      number,
      line: spanOf(`${fqn}#${name}`).line,
    }));
    const item: ProtoEnum = {
      fqn,
      name: en.name,
      values,
      reserved: reservedOf(en.reserved),
      closed: feature(en, "enum_type", file.syntax) === "CLOSED",
      jsonFormat: feature(en, "json_format", file.syntax),
      ...spanOf(fqn),
      jsonFormatLine: where.spans.get(`${fqn}@features.json_format`)?.line,
      enumTypeLine: where.spans.get(`${fqn}@features.enum_type`)?.line,
    };
    file.enums.set(fqn, item);
  }

  function addService(svc: protobuf.Service): void {
    const fqn = fullName(svc);
    const rpcs = new Map<string, ProtoService["rpcs"] extends Map<string, infer R> ? R : never>();
    for (const m of svc.methodsArray) {
      rpcs.set(m.name, {
        name: m.name,
        line: spanOf(`${fqn}/${m.name}`).line,
        requestType: resolveName(svc, m.requestType),
        responseType: resolveName(svc, m.responseType),
        clientStreaming: Boolean(m.requestStream),
        serverStreaming: Boolean(m.responseStream),
        idempotency: String(m.options?.idempotency_level ?? "IDEMPOTENCY_UNKNOWN"),
      });
    }
    file.services.set(fqn, { fqn, package: pkg, rpcs, ...spanOf(fqn) });
  }

  function addExtension(f: protobuf.Field): void {
    const scope = f.parent ? fullName(f.parent) : "";
    const extendee = resolveName(f, f.extend!);
    const key = `${extendee}#${f.id}`;
    const line = spanOf(`ext:${scope}:${f.extend}#${f.id}`).line;
    file.extensions.set(key, {
      key,
      extendee,
      scope,
      package: pkg,
      field: buildField(f, { syntax: file.syntax, line }),
    });
  }

  function spanOf(key: string): Span {
    const span = where.spans.get(key);
    return span ? { line: span.line, endLine: span.endLine } : { line: 1, endLine: 1 };
  }
}

function reservedOf(list: (number[] | string)[] | undefined): Reserved {
  const out: Reserved = { ranges: [], names: [] };
  for (const item of list ?? []) {
    if (typeof item === "string") out.names.push(item);
    else out.ranges.push([item[0], item[1]]);
  }
  return out;
}
