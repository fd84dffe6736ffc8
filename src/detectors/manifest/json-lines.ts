/** Objects nested deeper than this are not indexed: the rules point at top-level fields and their members. */
const INDEXED_DEPTH = 4;

/** One indexed JSON object: the line of each of its keys, and the objects its keys hold. */
interface ObjectFrame {
  keys: Map<string, number>;
  children: Map<string, ObjectFrame>;
}

/**
 * Line numbers of a JSON text's keys, found in one pass: `at(["exports", "./feature"])` is the
 * 1-based line of that key, or of the nearest ancestor that exists (1 when none does). One scan
 * with an explicit stack, so a manifest with 100,000 keys or 1,200 levels of nesting costs time in
 * proportion to its size — never a parse per lookup, never a native stack frame per level. Paths
 * through arrays are not indexed; a key given twice points at its first occurrence.
 */
export function jsonKeyLines(text: string): (path: readonly string[]) => number {
  let root: ObjectFrame | undefined;
  // One entry per open container: the object's frame, or null (an array, or too deep to index).
  const stack: { frame: ObjectFrame | null; object: boolean }[] = [];
  let line = 1;
  let expectKey = false;
  let lastKey: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") line++;
    else if (c === '"') {
      const end = stringEnd(text, i);
      const top = stack[stack.length - 1];
      if (expectKey && top?.object) {
        lastKey = decodeKey(text.slice(i, end + 1));
        if (top.frame && lastKey !== undefined && !top.frame.keys.has(lastKey)) top.frame.keys.set(lastKey, line);
        expectKey = false;
      }
      i = end; // a JSON string holds no raw newline
    } else if (c === "{" || c === "[") {
      const top = stack[stack.length - 1];
      let frame: ObjectFrame | null = null;
      if (c === "{" && stack.length === 0) frame = root ??= newFrame();
      else if (c === "{" && top?.frame && lastKey !== undefined && stack.length < INDEXED_DEPTH) {
        frame = top.frame.children.get(lastKey) ?? newFrame();
        if (!top.frame.children.has(lastKey)) top.frame.children.set(lastKey, frame);
      }
      stack.push({ frame, object: c === "{" });
      expectKey = c === "{";
      lastKey = undefined;
    } else if (c === "}" || c === "]") {
      stack.pop();
      expectKey = false;
      lastKey = undefined;
    } else if (c === ",") {
      expectKey = stack[stack.length - 1]?.object ?? false;
      lastKey = undefined;
    }
  }
  return (path) => {
    let found = 1;
    let frame = root;
    for (const key of path) {
      const hit = frame?.keys.get(key);
      if (hit === undefined) break;
      found = hit;
      frame = frame!.children.get(key);
    }
    return found;
  };
}

function newFrame(): ObjectFrame {
  return { keys: new Map(), children: new Map() };
}

/** Index of the closing quote of the string opening at `start` (the text's last index if unclosed). */
function stringEnd(text: string, start: number): number {
  for (let j = start + 1; j < text.length; j++) {
    if (text[j] === "\\") j++;
    else if (text[j] === '"') return j;
  }
  return text.length - 1;
}

function decodeKey(literal: string): string | undefined {
  try {
    return JSON.parse(literal) as string;
  } catch {
    return undefined;
  }
}

/** 1-based line of a key path in a JSON text, or of the nearest ancestor that exists. */
export function jsonLine(text: string, path: readonly string[]): number {
  return jsonKeyLines(text)(path);
}
