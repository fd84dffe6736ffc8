/**
 * A small tokenizer for CMake's command-invocation syntax: `name(arg arg "quoted" [[bracket]])`
 * with `#` and `#[[ ]]` comments. CMake has no parser on npm we could use, and the build files
 * only need their command calls, so this follows the grammar in cmake-language(7) for exactly
 * that: it does not evaluate control flow, only records each call with its arguments and line.
 */
export interface CMakeCommand {
  name: string;
  args: string[];
  line: number;
}

export function cmakeCommands(text: string): CMakeCommand[] {
  const out: CMakeCommand[] = [];
  let i = 0;
  let line = 1;
  const n = text.length;
  const advance = (to: number) => {
    for (; i < to; i++) if (text[i] === "\n") line++;
  };
  while (i < n) {
    const c = text[i]!;
    if (c === "#") {
      const bracket = /^#\[(=*)\[/.exec(text.slice(i, i + 64));
      const end = bracket ? text.indexOf(`]${bracket[1]}]`, i) : text.indexOf("\n", i);
      advance(end < 0 ? n : bracket ? end + bracket[1]!.length + 2 : end);
      continue;
    }
    const ident = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i, i + 256));
    if (!ident) {
      advance(i + 1);
      continue;
    }
    const startLine = line;
    advance(i + ident[0].length);
    let j = i;
    while (j < n && (text[j] === " " || text[j] === "\t")) j++;
    if (text[j] !== "(") continue;
    advance(j + 1);
    out.push({ name: ident[0].toLowerCase(), args: readArgs(), line: startLine });
  }
  return out;

  function readArgs(): string[] {
    const args: string[] = [];
    let depth = 0;
    while (i < n) {
      const c = text[i]!;
      if (c === ")") {
        advance(i + 1);
        if (depth === 0) return args;
        depth--;
      } else if (c === "(") {
        depth++;
        advance(i + 1);
      } else if (c === "#") {
        const end = text.indexOf("\n", i);
        advance(end < 0 ? n : end);
      } else if (c === '"') {
        let j = i + 1;
        let value = "";
        while (j < n && text[j] !== '"') {
          if (text[j] === "\\" && j + 1 < n) value += text[++j];
          else value += text[j];
          j++;
        }
        args.push(value);
        advance(j + 1);
      } else if (c === "[" && /^\[=*\[/.test(text.slice(i, i + 64))) {
        const eq = /^\[(=*)\[/.exec(text.slice(i, i + 64))![1]!;
        const close = text.indexOf(`]${eq}]`, i);
        const end = close < 0 ? n : close;
        args.push(text.slice(i + eq.length + 2, end));
        advance(close < 0 ? n : close + eq.length + 2);
      } else if (/\s/.test(c)) advance(i + 1);
      else {
        let j = i;
        // `\"` and `\(` are escapes inside an unquoted argument (`NAME=\"${V}\"`), no quote or paren
        while (j < n && !/[\s()"#]/.test(text[j]!)) j += text[j] === "\\" ? 2 : 1;
        j = Math.min(j, n);
        args.push(text.slice(i, j));
        advance(j);
      }
    }
    return args;
  }
}
