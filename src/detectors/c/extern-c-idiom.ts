/**
 * `#ifdef __cplusplus` / `extern "C" {` / `#endif` … `#ifdef __cplusplus` / `}` / `#endif`: a
 * brace opened in one conditional and closed in another, which tree-sitter cannot nest — in
 * libuv's uv.h the whole file becomes one ERROR. To a C compiler both blocks are empty
 * (`__cplusplus` is undefined), so their lines are blanked (offsets and lines kept).
 */
export function blankExternCBlocks(text: string): string {
  if (!text.includes("__cplusplus")) return text;
  const lines = text.split("\n");
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // the cheap test first: few lines name __cplusplus
    if (
      !line.includes("__cplusplus") ||
      !/^\s*#\s*(ifdef\s+__cplusplus|if\s+defined\s*\(?\s*__cplusplus\s*\)?)\s*(\/[*/].*)?$/.test(line)
    )
      continue;
    const body: number[] = [];
    let j = i + 1;
    for (; j < lines.length && !/^\s*#/.test(lines[j]!); j++) body.push(j);
    if (j >= lines.length || !/^\s*#\s*endif\b/.test(lines[j]!)) continue;
    const code = body
      .map((k) => stripComments(lines[k]!))
      .join(" ")
      .trim();
    if (code !== "}" && !/^extern\s*"C"\s*\{$/.test(code)) continue;
    for (const k of body) lines[k] = lines[k]!.replace(/[^\r]/g, " ");
    changed = true;
    i = j;
  }
  return changed ? lines.join("\n") : text;
}

function stripComments(line: string): string {
  return line.replace(/\/\*.*?\*\//g, " ").replace(/\/\/.*$/, " ");
}
