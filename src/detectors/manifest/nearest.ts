import { posix } from "node:path";

/** The directory among `dirs` that most closely contains `path` ("." is the repository root). */
export function nearestDir(path: string, dirs: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const d of dirs) {
    const inside = d === "." || path.startsWith(`${d}/`);
    if (inside && (best === undefined || best === "." || (d !== "." && d.length > best.length))) best = d;
  }
  return best;
}

export const dirOf = (path: string) => posix.dirname(path);
