/** Every package `from` depends on, directly or through others (not including itself). */
export function reachable(from: string, dependsOn: Map<string, Set<string>>): Set<string> {
  const seen = new Set<string>();
  const stack = [...(dependsOn.get(from) ?? [])];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (seen.has(next) || next === from) continue;
    seen.add(next);
    stack.push(...(dependsOn.get(next) ?? []));
  }
  return seen;
}

/** Every package that depends on `target`, directly or through others. */
export function dependentsOf(target: string, dependsOn: Map<string, Set<string>>): string[] {
  return [...dependsOn.keys()].filter((name) => name !== target && reachable(name, dependsOn).has(target)).sort();
}
