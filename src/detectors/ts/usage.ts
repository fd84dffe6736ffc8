import type { Direction } from "./compare-context.js";
import type { Decl, Member, Signature, Surface, TypeRef } from "./model.js";

/**
 * How users use each exported type: types reached from parameters are `in` (users build them),
 * types reached from return values and read-only values are `out`. Reachability follows property
 * types. A type seen both ways, or not seen at all, is `both`: users may build and read it.
 */
export function usageOf(surfaces: Surface[]): (name: string) => Direction {
  const inputs = new Set<string>();
  const outputs = new Set<string>();
  const membersByName = new Map<string, Map<string, Member>>();
  for (const s of surfaces) walkSurface(s);
  propagate(inputs);
  propagate(outputs);
  return (name) =>
    inputs.has(name) && !outputs.has(name) ? "in" : outputs.has(name) && !inputs.has(name) ? "out" : "both";

  function walkSurface(s: Surface): void {
    for (const entry of s.exports.values()) for (const d of entry.decls) walkDecl(entry.name, d);
  }
  function walkDecl(name: string, d: Decl): void {
    if (d.kind === "function") d.signatures.forEach(sig);
    else if (d.kind === "class") {
      d.ctors.forEach(sig);
      walkMembers(d.members);
      // Users read a class's properties, and write the ones that are not readonly.
      for (const m of d.members.values()) {
        if (m.kind !== "property" || m.visibility === "private") continue;
        mark(outputs, m.type);
        if (!m.readonly) mark(inputs, m.type);
      }
    } else if (d.kind === "interface") {
      membersByName.set(name, d.members);
      walkMembers(d.members);
    } else if (d.kind === "type" && d.members) membersByName.set(name, d.members);
    else if (d.kind === "variable") mark(outputs, d.type);
    else if (d.kind === "namespace") walkSurface(d.surface);
  }
  function walkMembers(members: Map<string, Member>): void {
    for (const m of members.values()) m.signatures.forEach(sig);
  }
  function sig(s: Signature): void {
    for (const p of s.params) mark(inputs, p.type);
    mark(outputs, s.returns);
  }
  function mark(set: Set<string>, t: TypeRef | undefined): void {
    for (const r of t?.refs ?? []) set.add(r);
  }
  function propagate(set: Set<string>): void {
    const queue = [...set];
    while (queue.length) {
      const members = membersByName.get(queue.pop()!);
      for (const m of members?.values() ?? []) {
        for (const r of m.type?.refs ?? [])
          if (!set.has(r)) {
            set.add(r);
            queue.push(r);
          }
      }
    }
  }
}
