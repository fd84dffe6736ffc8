/** One directive of a go.mod / go.work file: `require x v1` or a line inside `require ( … )`. */
export interface GoDirective {
  verb: string;
  args: string[];
}

/**
 * Reads go.mod / go.work syntax (golang.org/x/mod/modfile): one directive per line, optional
 * `verb ( … )` blocks, `//` comments, and "interpreted" or `raw` quoted tokens.
 */
export function parseGoMod(text: string): GoDirective[] {
  const out: GoDirective[] = [];
  let block: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    const tokens = tokenize(line);
    if (tokens.length === 0) continue;
    if (block !== undefined) {
      if (tokens[0] === ")") block = undefined;
      else out.push({ verb: block, args: tokens });
      continue;
    }
    if (tokens.length === 2 && tokens[1] === "(") block = tokens[0];
    else out.push({ verb: tokens[0], args: tokens.slice(1) });
  }
  return out;
}

function tokenize(line: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < line.length) {
    const ch = line[i];
    if (ch === " " || ch === "\t") {
      i++;
    } else if (line.startsWith("//", i)) {
      break;
    } else if (ch === '"' || ch === "`") {
      const end = findClosing(line, i);
      tokens.push(unquote(line.slice(i + 1, end), ch));
      i = end + 1;
    } else if (ch === "(" || ch === ")") {
      tokens.push(ch);
      i++;
    } else {
      let j = i;
      while (j < line.length && !" \t()".includes(line[j]) && !line.startsWith("//", j)) j++;
      tokens.push(line.slice(i, j));
      i = j;
    }
  }
  return tokens;
}

function findClosing(line: string, start: number): number {
  const quote = line[start];
  for (let j = start + 1; j < line.length; j++) {
    if (quote === '"' && line[j] === "\\") j++;
    else if (line[j] === quote) return j;
  }
  return line.length;
}

function unquote(body: string, quote: string): string {
  return quote === '"' ? body.replace(/\\(.)/g, "$1") : body;
}
