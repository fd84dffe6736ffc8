import { LineCounter, parseDocument, isMap, isScalar } from "yaml";

/**
 * 1-based line of a key path in a JSON text (`["exports", "./feature"]`), or of the nearest
 * ancestor that exists. JSON is YAML, so the yaml parser gives source ranges for every node.
 */
export function jsonLine(text: string, path: string[]): number {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, keepSourceTokens: false });
  let node: unknown = doc.contents;
  let line = 1;
  for (const key of path) {
    if (!isMap(node)) break;
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    if (!pair) break;
    if (isScalar(pair.key) && pair.key.range) line = counter.linePos(pair.key.range[0]).line;
    node = pair.value;
  }
  return line;
}
