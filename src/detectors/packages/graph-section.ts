import { terminal } from "../../render/escape.js";
import type { ReportSection } from "../../engine/types.js";
import type { PackageGraph } from "./types.js";

/**
 * A mermaid `graph LR` of the touched packages and their direct neighbours; touched ones are
 * highlighted. GitHub renders mermaid code blocks in comments; elsewhere it stays readable text.
 */
export function packagesGraphSection(graph: PackageGraph, touched: string[]): ReportSection {
  const shown = new Set(touched);
  for (const [from, tos] of graph.dependsOn) {
    for (const to of tos) {
      if (touched.includes(from)) shown.add(to);
      if (touched.includes(to)) shown.add(from);
    }
  }
  const names = [...shown].sort();
  const id = (name: string) => `p${names.indexOf(name)}`;
  const lines = ["```mermaid", "graph LR"];
  for (const name of names) lines.push(`  ${id(name)}["${label(name)}"]${touched.includes(name) ? ":::touched" : ""}`);
  for (const from of names) {
    for (const to of [...(graph.dependsOn.get(from) ?? [])].sort()) {
      if (shown.has(to)) lines.push(`  ${id(from)} --> ${id(to)}`);
    }
  }
  lines.push("  classDef touched fill:#fde68a,stroke:#b45309", "```");
  const others = names.length - touched.length;
  const caption = `Changed packages are highlighted; arrows point from a package to what it depends on${others > 0 ? ` (${others} unchanged neighbour${others === 1 ? "" : "s"} shown)` : ""}.`;
  return { title: "Packages", markdown: `${caption}\n\n${lines.join("\n")}` };
}

/** Mermaid labels are quoted; quotes and angle brackets must be entity-escaped, and a name must stay on its line (a line break could end the fence). */
function label(name: string): string {
  return terminal(name).replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;");
}
