import { matchesAny } from "../../engine/glob.js";
import type { Config } from "../../config/types.js";

/** Folder names that conventionally hold someone else's code, at any depth. */
export const USUAL_VENDOR_DIRS = ["vendor", "third_party", "external"];

export interface VendoredTree {
  /** The vendored directory (or the config key that matched). */
  root: string;
  /** The upstream named in config `fork.vendored`, when given. */
  upstream?: string;
}

/**
 * The vendored tree a path lies in: a config `fork.vendored` key (a directory or a glob) first,
 * then the usual `vendor/`, `third_party/`, `external/` folders.
 */
export function vendoredTreeOf(path: string, config: Config): VendoredTree | undefined {
  for (const [key, upstream] of Object.entries(config.fork.vendored)) {
    const dir = key.replace(/\/+$/, "");
    if (path.startsWith(`${dir}/`) || matchesAny(path, [key])) return { root: dir, upstream };
  }
  const segments = path.split("/");
  const at = segments.slice(0, -1).findIndex((s) => USUAL_VENDOR_DIRS.includes(s));
  return at === -1 ? undefined : { root: segments.slice(0, at + 1).join("/") };
}

/** True when the fork's upstream owns the path: `fork.upstream-paths` minus `fork.local-paths` and vendored trees. */
export function isUpstreamOwned(path: string, config: Config): boolean {
  const fork = config.fork;
  return (
    matchesAny(path, fork["upstream-paths"]) && !matchesAny(path, fork["local-paths"]) && !vendoredTreeOf(path, config)
  );
}
