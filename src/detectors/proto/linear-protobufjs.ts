import protobuf from "protobufjs";

/**
 * protobufjs 8 parses in time quadratic in the number of fields of a message: `Type#add` asks
 * `fieldsById`, a cache that every add then clears, so the next add rebuilds it from all the fields
 * before it (a 15,000-field message: 30 s). Each add also scans every reserved range of its
 * message or enum. This module makes one parse linear without changing what it accepts:
 *
 * - the id cache survives each add, with the new field in it;
 * - reserved ids and names are checked once the file is parsed, against sorted ranges and a set,
 *   and rejected with protobufjs's own messages.
 *
 * The one difference: protobufjs only checks a field against `reserved` statements above it;
 * here, as in protoc, a field whose number or name is reserved anywhere in its message is an error.
 */
const { Type, Enum, Field } = protobuf;

type WithIdCache = protobuf.Type & { _fieldsById: Record<number, protobuf.Field> | null };

const add = Type.prototype.add;
Type.prototype.add = function addKeepingIdCache(this: WithIdCache, object: protobuf.ReflectionObject) {
  // The cache as it is before the add (built once if absent); whatever the add is, its only
  // change to the cache is the new field, so the cache survives the add's clearing.
  const byId = this._fieldsById ?? this.fieldsById;
  const out = add.call(this, object);
  if (object instanceof Field && object.extend === undefined && this.fields[object.name] === object)
    byId[object.id] = object;
  this._fieldsById = byId;
  return out;
};

/** protobufjs.parse with the reserved checks deferred to one linear pass (see above). */
export function parseLinear(source: string, options: protobuf.IParseOptions): protobuf.IParserResult {
  const saved = [Type.prototype, Enum.prototype].map((p) => ({
    p,
    id: p.isReservedId,
    name: p.isReservedName,
  }));
  for (const { p } of saved) {
    p.isReservedId = () => false;
    p.isReservedName = () => false;
  }
  let parsed: protobuf.IParserResult;
  try {
    parsed = protobuf.parse(source, options);
  } finally {
    for (const { p, id, name } of saved) {
      p.isReservedId = id;
      p.isReservedName = name;
    }
  }
  checkReserved(parsed.root);
  return parsed;
}

function checkReserved(ns: protobuf.NamespaceBase): void {
  for (const obj of ns.nestedArray) {
    if (obj instanceof Type) {
      const reserved = reservedIndex(obj.reserved);
      for (const f of obj.fieldsArray) {
        if (f.extend !== undefined) continue;
        if (reserved.hasId(f.id)) throw Error(`id ${f.id} is reserved in ${obj}`);
        if (reserved.names.has(f.name)) throw Error(`name '${f.name}' is reserved in ${obj}`);
      }
    } else if (obj instanceof Enum) {
      const reserved = reservedIndex(obj.reserved);
      for (const [name, id] of Object.entries(obj.values)) {
        if (reserved.hasId(id)) throw Error(`id ${id} is reserved in ${obj}`);
        if (reserved.names.has(name)) throw Error(`name '${name}' is reserved in ${obj}`);
      }
    }
    if (obj instanceof protobuf.Namespace || obj instanceof Type) checkReserved(obj as protobuf.NamespaceBase);
  }
}

/** Reserved ranges merged and sorted (binary search), reserved names in a set. */
function reservedIndex(list: (number[] | string)[] | undefined) {
  const names = new Set<string>();
  const ranges: [number, number][] = [];
  for (const item of list ?? []) {
    if (typeof item === "string") names.add(item);
    else ranges.push([item[0]!, item[1]!]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return {
    names,
    hasId(id: number): boolean {
      let lo = 0;
      let hi = merged.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (id < merged[mid]![0]) hi = mid - 1;
        else if (id > merged[mid]![1]) lo = mid + 1;
        else return true;
      }
      return false;
    },
  };
}
