/** JSON pointer (`/watch/0/notify`) to its unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * Key path as users write it: `limits.files`, `watch[0].notify`, `rules["c/field-appended"]`.
 * `data` tells array indices from mapping keys that look like numbers.
 */
export function formatKeyPath(segments: readonly string[], data: unknown): string {
  let out = "";
  let node: unknown = data;
  for (const segment of segments) {
    if (Array.isArray(node)) out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
    node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[segment] : undefined;
  }
  return out;
}
