import { isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import type { Document, Node } from "yaml";

/** Finds the 1-based line of a key path in the YAML source, for error messages. */
export type LineLocator = (segments: readonly string[]) => number | undefined;

/** A locator over an already parsed document. */
export function lineLocator(doc: Document, counter: LineCounter): LineLocator {
  return (segments) => {
    let node = doc.contents as Node | null;
    let offset: number | undefined;
    for (const segment of segments) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
        if (!pair) break;
        offset = (pair.key as Node).range?.[0] ?? offset;
        node = pair.value as Node | null;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)] as Node | undefined;
        if (!item) break;
        offset = item.range?.[0] ?? offset;
        node = item;
      } else break;
    }
    return offset === undefined ? undefined : counter.linePos(offset).line;
  };
}

/** A locator over source text; no lines when the text does not parse. */
export function lineLocatorForText(text: string): LineLocator {
  try {
    const counter = new LineCounter();
    const doc = parseDocument(text, { lineCounter: counter });
    return lineLocator(doc, counter);
  } catch {
    return () => undefined;
  }
}
