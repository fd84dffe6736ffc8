import { parseFile } from "./parse-file.js";
import { resolveModule } from "./resolve-module.js";
import type { Sides } from "../../engine/sides.js";
import type { StarResolver } from "./compare-surface.js";

/**
 * Resolves `export * from "./m"` to the names it provides on each side, following nested stars
 * a few levels; undefined when the target is outside the ChangeSet or does not parse.
 */
export function starResolver(
  fromPaths: { before: string; after: string },
  sides: Sides,
  checkBudget: () => void,
): StarResolver {
  const cache = new Map<string, string[] | undefined>();
  const namesOf = (side: "before" | "after", from: string, spec: string, depth: number): string[] | undefined => {
    const read = sides[side];
    const target = resolveModule(from, spec, (p) => read(p) !== undefined);
    if (!target || depth > 4) return undefined;
    const key = `${side}:${target}`;
    if (cache.has(key)) return cache.get(key);
    cache.set(key, undefined); // cycle guard
    const parsed = parseFile(target, read(target)!, checkBudget);
    let names: string[] | undefined;
    if (parsed.ok) {
      names = [...parsed.surface.exports.keys()].filter((n) => n !== "default");
      for (const star of parsed.surface.stars) names.push(...(namesOf(side, target, star.module, depth + 1) ?? []));
    }
    cache.set(key, names);
    return names;
  };
  return (side, module) => namesOf(side, fromPaths[side], module, 0);
}
