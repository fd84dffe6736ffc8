import picomatch from "picomatch";

const cache = new Map<string, (path: string) => boolean>();

/** True when `path` matches any of `globs` (picomatch, dotfiles included). Matchers are cached. */
export function matchesAny(path: string, globs: readonly string[]): boolean {
  return globs.some((glob) => matcher(glob)(path));
}

function matcher(glob: string): (path: string) => boolean {
  let m = cache.get(glob);
  if (!m) {
    m = picomatch(glob, { dot: true });
    cache.set(glob, m);
  }
  return m;
}
