/** How a dependency names its target: by package name, or by a directory (path dependencies). */
export type DependencyRef = { by: "name"; ecosystem: Ecosystem; name: string } | { by: "dir"; dir: string };

export type Ecosystem = "npm" | "cargo" | "go";

/** One manifest found on the base tree (a package.json, Cargo.toml or go.mod) and what it depends on. */
export interface ManifestUnit {
  ecosystem: Ecosystem;
  /** Directory of the manifest, `""` for the repository root. */
  dir: string;
  manifest: string;
  /** npm name, crate name or Go module path; undefined when the manifest declares none. */
  name?: string;
  deps: DependencyRef[];
  /** False for what is never published: npm `private: true`, Cargo `publish = false` (or `[]`). */
  published: boolean;
  /** The version the manifest states; `"workspace"` for Cargo's `version.workspace = true`. */
  version?: string;
}

/** A workspace package: a member declared by a workspace file, or a `packages:` config entry. */
export interface WorkspacePackage {
  name: string;
  /** Member directory (`""` = root); undefined for config packages, which are glob sets. */
  dir?: string;
  globs?: string[];
  /** Manifest units that make up the package. */
  units: ManifestUnit[];
}

/** Packages and their `dependsOn` edges (by package name). */
export interface PackageGraph {
  packages: WorkspacePackage[];
  dependsOn: Map<string, Set<string>>;
  /** Set when the workspace releases every package under one version (lerna fixed mode): why. */
  fixedVersioning?: string;
}
