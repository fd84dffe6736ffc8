import { finding } from "../../engine/rule.js";
import { packagesRules } from "./rule-specs.js";
import { firstChangedLine } from "../interface/index.js";
import { dependentsOf, reachable } from "./graph-walk.js";
import { packageOfPath } from "./package-of-path.js";
import type { Finding } from "../../engine/types.js";
import type { PackageGraph, WorkspacePackage } from "./types.js";
import type { TouchedPackage } from "./touched-packages.js";

/**
 * `packages/coordinated-change`: touched package A depends on touched package B. Pairs already
 * explained by a touched package in between (A → C → B) are left out to keep one finding per link.
 * An error only when both are published and versioned independently — then users can upgrade one
 * without the other; packages released together under one version, or never published, ship as
 * one and get a notice.
 */
export function coordinatedChanges(touched: TouchedPackage[], graph: PackageGraph): Finding[] {
  const names = touched.map((t) => t.pkg.name);
  const reach = new Map(names.map((n) => [n, reachable(n, graph.dependsOn)]));
  const findings: Finding[] = [];
  for (const a of touched) {
    for (const b of touched) {
      const from = a.pkg.name;
      const to = b.pkg.name;
      if (from === to || !reach.get(from)!.has(to)) continue;
      if (names.some((c) => c !== from && c !== to && reach.get(from)!.has(c) && reach.get(c)!.has(to))) continue;
      const direct = graph.dependsOn.get(from)?.has(to) ? "depends on" : "depends (indirectly) on";
      const first = b.files[0];
      const together = releasedTogether(a.pkg, b.pkg, graph);
      findings.push(
        finding(packagesRules["packages/coordinated-change"], {
          path: first.path,
          line: firstChangedLine(first),
          symbol: `${from} -> ${to}`,
          severity: together ? "notice" : "error",
          message: together
            ? `This PR changes ${to} and ${from}, which ${direct} it; they ship together (${together}), so no user gets one without the other.`
            : `This PR changes ${to} and ${from}, which ${direct} it: a lock-step change between independently versioned, published packages. Say how each side keeps working with the other's released version (or why they must ship together).`,
        }),
      );
    }
  }
  return findings;
}

/** `packages/multi-package`: the touched packages fall into two or more groups with no dependency between them. */
export function multiPackage(touched: TouchedPackage[], graph: PackageGraph): Finding[] {
  if (touched.length < 2) return [];
  const groups = relatedGroups(
    touched.map((t) => t.pkg.name),
    graph,
  );
  if (groups.length < 2) return [];
  const first = touched[0].files[0];
  return [
    finding(packagesRules["packages/multi-package"], {
      path: first.path,
      line: firstChangedLine(first),
      message: `This PR touches ${touched.length} packages in ${groups.length} unrelated groups (${groups.map((g) => g.join(", ")).join("; ")}); consider splitting it so each can be reviewed and released on its own.`,
    }),
  ];
}

/** `packages/interface-change-with-dependents`: an `abi` error in a package other workspace packages depend on. */
export function interfaceChangeWithDependents(abiErrors: Finding[], graph: PackageGraph): Finding[] {
  const firstByPackage = new Map<string, { finding: Finding; count: number }>();
  const ordered = [...abiErrors].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
  for (const f of ordered) {
    const pkg = packageOfPath(f.path, graph.packages);
    if (!pkg) continue;
    const seen = firstByPackage.get(pkg.name);
    if (seen) seen.count++;
    else firstByPackage.set(pkg.name, { finding: f, count: 1 });
  }
  const findings: Finding[] = [];
  for (const [name, { finding: first, count }] of [...firstByPackage].sort()) {
    const dependents = dependentsOf(name, graph.dependsOn);
    if (dependents.length === 0) continue;
    const direct = dependents.filter((d) => graph.dependsOn.get(d)?.has(name));
    const indirect = dependents.filter((d) => !direct.includes(d));
    const list = [...direct, ...indirect.map((d) => `${d} (indirectly)`)].join(", ");
    findings.push(
      finding(packagesRules["packages/interface-change-with-dependents"], {
        path: first.path,
        line: first.line,
        symbol: name,
        message: `${name} has ${count} ABI error${count === 1 ? "" : "s"} (first: ${first.ruleId}${first.symbol ? ` on ${first.symbol}` : ""}) and ${dependents.length} workspace package${dependents.length === 1 ? "" : "s"} depend on it: ${list}. Say how they keep working.`,
      }),
    );
  }
  return findings;
}

/** Connected groups of touched packages, where two are related when either reaches the other. */
function relatedGroups(names: string[], graph: PackageGraph): string[][] {
  const reach = new Map(names.map((n) => [n, reachable(n, graph.dependsOn)]));
  const related = (a: string, b: string) => reach.get(a)!.has(b) || reach.get(b)!.has(a);
  const groups: string[][] = [];
  for (const name of names) {
    const joined = groups.filter((g) => g.some((m) => related(m, name)));
    const merged = [...joined.flat(), name].sort();
    for (const g of joined) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  }
  return groups.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/** Why two packages always ship together, if they do: one is never published, or they share one version. */
function releasedTogether(a: WorkspacePackage, b: WorkspacePackage, graph: PackageGraph): string | undefined {
  for (const p of [a, b])
    if (p.units.length > 0 && p.units.every((u) => !u.published)) return `${p.name} is never published`;
  if (graph.fixedVersioning) return graph.fixedVersioning;
  const version = (p: WorkspacePackage) => p.units.find((u) => u.version !== undefined)?.version;
  if (version(a) === "workspace" && version(b) === "workspace") return "both take the Cargo workspace's version";
  // every published member at one version: the workspace is released in lock-step already
  const versions = graph.packages.filter((p) => p.units.some((u) => u.published)).map(version);
  if (versions.length >= 2 && versions.every((v) => v !== undefined && v === versions[0]))
    return `every package of the workspace is at ${versions[0]}`;
  return undefined;
}
