import { matchesAny } from "../../engine/glob.js";
import type { WorkspacePackage } from "./types.js";

/** The package a path belongs to: the first config package whose globs match, else the deepest member directory. */
export function packageOfPath(path: string, packages: WorkspacePackage[]): WorkspacePackage | undefined {
  let best: WorkspacePackage | undefined;
  for (const p of packages) {
    if (p.globs) {
      if (matchesAny(path, p.globs)) return p;
      continue;
    }
    const dir = p.dir ?? "";
    const inside = dir === "" || path === dir || path.startsWith(`${dir}/`);
    if (inside && (!best || dir.length > (best.dir ?? "").length)) best = p;
  }
  return best;
}
