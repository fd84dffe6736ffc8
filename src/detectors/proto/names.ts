import protobuf from "protobufjs";

/** `a.b.Msg` for an element (protobufjs writes a leading dot). */
export function fullName(obj: protobuf.ReflectionObject): string {
  return obj.fullName.replace(/^\./, "");
}

/** The referenced type's full name when it is in this file; otherwise the name as written. */
export function resolveName(from: protobuf.ReflectionObject, ref: string): string {
  const scope = from instanceof protobuf.Namespace ? from : from.parent;
  const found = scope?.lookup(ref, [protobuf.Type, protobuf.Enum]);
  return found ? fullName(found) : ref.replace(/^\./, "");
}
