import { posix } from "node:path";
import { matchesAny } from "../../engine/glob.js";
import { cargoWorkspaceDeps, memberTests } from "./member-dirs.js";
import { isObject, parseJsonManifest, readManifest } from "./read-manifest.js";
import { MANIFEST_NAMES } from "./wanted-files.js";
import type { Config } from "../../config/types.js";
import type { WorkspaceContext } from "../../engine/types.js";
import type { DependencyRef, ManifestUnit, PackageGraph, WorkspacePackage } from "./types.js";

/**
 * Discovers the workspace packages on the base tree and the edges between them. Config
 * `packages:` wins over what the workspace files declare; manifests inside a config package
 * still supply its dependencies.
 */
export function discoverPackages(workspace: WorkspaceContext, config: Config): PackageGraph {
  const units = manifestUnits(workspace.files);
  const packages =
    Object.keys(config.packages).length > 0 ? configPackages(units, config) : declaredPackages(units, workspace.files);
  const fixed = fixedVersioning(workspace.files);
  return { packages, dependsOn: edges(packages, units), ...(fixed ? { fixedVersioning: fixed } : {}) };
}

/** lerna.json without `"version": "independent"`: lerna releases every package under one version. */
function fixedVersioning(files: Record<string, string>): string | undefined {
  const text = files["lerna.json"];
  if (text === undefined) return undefined;
  try {
    const lerna = parseJsonManifest(text);
    const version = isObject(lerna) ? lerna.version : undefined;
    return typeof version === "string" && version !== "independent"
      ? `lerna.json releases every package as ${version}`
      : undefined;
  } catch {
    return undefined;
  }
}

function manifestUnits(files: Record<string, string>): ManifestUnit[] {
  const workspaceDeps = cargoWorkspaceDeps(files["Cargo.toml"]);
  const units: ManifestUnit[] = [];
  for (const path of Object.keys(files).sort()) {
    if (!MANIFEST_NAMES.has(posix.basename(path)) || path.split("/").includes("node_modules")) continue;
    const unit = readManifest(path, files[path], workspaceDeps);
    if (unit) units.push(unit);
  }
  return units;
}

function configPackages(units: ManifestUnit[], config: Config): WorkspacePackage[] {
  const packages = Object.entries(config.packages).map(([name, globs]) => ({
    name,
    globs,
    units: [] as ManifestUnit[],
  }));
  for (const unit of units) packages.find((p) => matchesAny(unit.manifest, p.globs))?.units.push(unit);
  return packages;
}

function declaredPackages(units: ManifestUnit[], files: Record<string, string>): WorkspacePackage[] {
  const tests = memberTests(files);
  const packages: WorkspacePackage[] = [];
  const taken = new Set<string>();
  for (const unit of units) {
    if (!tests[unit.ecosystem]?.(unit.dir)) continue;
    let name = unit.name ?? (unit.dir || "(root)");
    if (taken.has(name)) name = `${name} (${unit.dir || "root"})`;
    taken.add(name);
    packages.push({ name, dir: unit.dir, units: [unit] });
  }
  return packages;
}

function edges(packages: WorkspacePackage[], units: ManifestUnit[]): Map<string, Set<string>> {
  const owner = new Map<ManifestUnit, WorkspacePackage>();
  for (const p of packages) for (const u of p.units) owner.set(u, p);
  const resolve = (ref: DependencyRef): ManifestUnit | undefined =>
    ref.by === "dir"
      ? units.find((u) => u.dir === ref.dir && owner.has(u))
      : units.find((u) => u.ecosystem === ref.ecosystem && u.name === ref.name && owner.has(u));
  const dependsOn = new Map<string, Set<string>>(packages.map((p) => [p.name, new Set<string>()]));
  for (const p of packages) {
    for (const unit of p.units) {
      for (const ref of unit.deps) {
        const target = resolve(ref);
        const targetPackage = target && owner.get(target);
        if (targetPackage && targetPackage !== p) dependsOn.get(p.name)!.add(targetPackage.name);
      }
    }
  }
  return dependsOn;
}
