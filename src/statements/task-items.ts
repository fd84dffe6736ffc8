/**
 * Reads GitHub task lists in a statement: unticked items (`- [ ] None`) are options the author did
 * not choose, so they are dropped; ticked ones (`- [x] None`) keep their text without the box.
 * A template offering "- [ ] None / - [ ] Described below" with nothing ticked is then empty.
 */
export function resolveTaskItems(text: string): string {
  const kept: string[] = [];
  for (const line of text.split("\n")) {
    const item = taskItem(line);
    if (!item) kept.push(line);
    else if (item.checked) kept.push(item.text);
  }
  return kept.join("\n");
}

function taskItem(line: string): { checked: boolean; text: string } | undefined {
  const t = line.trimStart();
  if (!(t[0] === "-" || t[0] === "*" || t[0] === "+") || t[1] !== " ") return undefined;
  const box = t.slice(2, 5);
  if (box !== "[ ]" && box.toLowerCase() !== "[x]") return undefined;
  if (t.length > 5 && t[5] !== " " && t[5] !== "\t") return undefined;
  return { checked: box !== "[ ]", text: t.slice(5).trim() };
}
