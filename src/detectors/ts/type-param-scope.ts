/**
 * Type parameters in scope while a declaration is read. Comparison keys replace each one by its
 * position (`$0`, `$1`, … from the outermost declaration inwards), so renaming `T` to `S`
 * compares equal while messages keep the names the author wrote.
 */
const stack: Map<string, string>[] = [];
let count = 0;

export function withTypeParams<R>(names: string[], read: () => R): R {
  const scope = new Map<string, string>();
  for (const n of names) scope.set(n, `$${count++}`);
  stack.push(scope);
  try {
    return read();
  } finally {
    stack.pop();
    count -= names.length;
  }
}

const TOKEN = /(["'`])(?:\\.|(?!\1)[^\\])*\1|[A-Za-z_$][\w$]*/g;

/** The comparison key of a normalized type text: type parameters replaced by their position. */
export function canonical(text: string): string {
  if (!stack.length) return text;
  return text.replace(TOKEN, (tok, quote: string | undefined, offset: number) => {
    if (quote || text[offset - 1] === "." || text[offset - 1] === "$") return tok;
    for (let i = stack.length - 1; i >= 0; i--) {
      const hit = stack[i]!.get(tok);
      if (hit) return hit;
    }
    return tok;
  });
}
