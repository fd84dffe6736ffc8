import ts from "typescript";
import { surfaceOf } from "./parse-surface.js";
import type { Surface } from "./model.js";

export type Parsed = { ok: true; surface: Surface } | { ok: false; line: number; reason: string };

function scriptKind(path: string): ts.ScriptKind {
  return /\.tsx$/.test(path) ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
}

/**
 * Parses one version of a file into its exported surface. The TypeScript parser always returns
 * a tree; a version with parse diagnostics (truncated, binary, not TypeScript) is reported as not
 * understood, with the first diagnostic's line, rather than compared from a repaired tree.
 */
export function parseFile(path: string, text: string, checkBudget: () => void): Parsed {
  if (text.includes("\u0000")) return { ok: false, line: 1, reason: "the file holds binary data (NUL bytes)" };
  // JSDoc is not part of the API surface; skipping it makes large files parse 2-3x faster.
  const options = { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone };
  const sf = ts.createSourceFile(path, text, options, true, scriptKind(path));
  checkBudget();
  // parseDiagnostics is not in the public typings but is what `tsc` reports as syntax errors.
  const diagnostics = (sf as unknown as { parseDiagnostics?: ts.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
  if (diagnostics.length) {
    const first = diagnostics[0]!;
    const line = sf.getLineAndCharacterOfPosition(first.start).line + 1;
    const more =
      diagnostics.length > 1
        ? ` (and ${diagnostics.length - 1} more syntax error${diagnostics.length > 2 ? "s" : ""})`
        : "";
    return { ok: false, line, reason: `${ts.flattenDiagnosticMessageText(first.messageText, " ")}${more}` };
  }
  return { ok: true, surface: surfaceOf(sf, checkBudget) };
}
