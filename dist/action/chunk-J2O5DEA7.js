import { createRequire as __igCreateRequire } from "node:module";
import { fileURLToPath as __igFileURLToPath } from "node:url";
const require = __igCreateRequire(import.meta.url);
const __filename = __igFileURLToPath(import.meta.url);
const __dirname = __igFileURLToPath(new URL(".", import.meta.url));

// src/engine/sides.ts
var cache = /* @__PURE__ */ new WeakMap();
function sidesOf(cs) {
  const hit = cache.get(cs);
  if (hit) return hit;
  const base = cs.workspace?.files ?? {};
  const beforeChanged = /* @__PURE__ */ new Map();
  const afterChanged = /* @__PURE__ */ new Map();
  for (const f of cs.files) {
    beforeChanged.set(f.previousPath ?? f.path, f.before);
    afterChanged.set(f.path, f.after);
    if (f.previousPath && f.previousPath !== f.path) afterChanged.set(f.previousPath, null);
  }
  const paths = /* @__PURE__ */ new Set([
    ...cs.workspace?.paths ?? [],
    ...Object.keys(base),
    ...beforeChanged.keys(),
    ...afterChanged.keys()
  ]);
  const sides = {
    before: (p) => beforeChanged.has(p) ? beforeChanged.get(p) ?? void 0 : base[p],
    after: (p) => afterChanged.has(p) ? afterChanged.get(p) ?? void 0 : base[p],
    paths
  };
  cache.set(cs, sides);
  return sides;
}

export {
  sidesOf
};
