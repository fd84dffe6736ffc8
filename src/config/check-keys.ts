import { isMap, isScalar, visit } from "yaml";
import type { Document, LineCounter } from "yaml";
import type { ConfigError } from "./types.js";

/**
 * Keys must be plain text, written once per mapping. A key written twice is reported at its second
 * occurrence; a list or mapping used as a key (`? [a, b]: x`) is refused rather than stringified. The yaml library's own
 * `uniqueKeys` check compares every pair of keys (quadratic: seconds for a hostile file with 10,000
 * keys); a Set per mapping is linear.
 */
export function checkKeys(doc: Document, counter: LineCounter): ConfigError[] {
  const errors: ConfigError[] = [];
  visit(doc, {
    Map(_key, map) {
      if (!isMap(map)) return;
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) {
          const at = (pair.key as { range?: [number, number] } | null)?.range?.[0];
          const line = at === undefined ? undefined : counter.linePos(at).line;
          const message = `YAML syntax error${line ? ` on line ${line}` : ""}: a key must be plain text, not a list or mapping`;
          errors.push(
            line === undefined
              ? { path: "", expected: "a plain key", message }
              : { path: "", line, expected: "a plain key", message },
          );
          continue;
        }
        const key = String(pair.key.value);
        if (!seen.has(key)) {
          seen.add(key);
          continue;
        }
        const line = pair.key.range ? counter.linePos(pair.key.range[0]).line : undefined;
        const message = `YAML syntax error${line ? ` on line ${line}` : ""}: the key \`${key.slice(0, 60)}\` is written twice in the same mapping`;
        errors.push(
          line === undefined
            ? { path: "", expected: "each key once", message }
            : { path: "", line, expected: "each key once", message },
        );
      }
    },
  });
  return errors;
}
