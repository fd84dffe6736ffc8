/**
 * Marks the lines inside fenced code blocks (``` or ~~~, CommonMark rules: the closing fence uses
 * the same character and is at least as long). Headings and trailers there are examples, not
 * statements. Fence lines themselves count as code.
 */
export function findCodeLines(lines: string[]): boolean[] {
  const code = new Array<boolean>(lines.length).fill(false);
  let fence: { char: string; length: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const marker = fenceMarker(lines[i]);
    if (fence) {
      code[i] = true;
      if (marker && marker.char === fence.char && marker.length >= fence.length && marker.rest.trim() === "")
        fence = undefined;
    } else if (marker && !(marker.char === "`" && marker.rest.includes("`"))) {
      code[i] = true;
      fence = marker;
    }
  }
  return code;
}

function fenceMarker(line: string): { char: string; length: number; rest: string } | undefined {
  let i = 0;
  while (i < line.length && i < 4 && line[i] === " ") i++;
  if (i > 3) return undefined;
  const char = line[i];
  if (char !== "`" && char !== "~") return undefined;
  let end = i;
  while (end < line.length && line[end] === char) end++;
  if (end - i < 3) return undefined;
  return { char, length: end - i, rest: line.slice(end) };
}
