import { posix } from "node:path";
import { parse as parseToml } from "smol-toml";
import { parseGoMod } from "./parse-go-mod.js";
import type { DependencyRef, ManifestUnit } from "./types.js";

/** npm dependency fields that tie packages together for their users (devDependencies do not). */
const NPM_FIELDS = ["dependencies", "peerDependencies", "optionalDependencies"];
const CARGO_TABLES = ["dependencies", "build-dependencies"];

/**
 * Parses a JSON manifest (package.json, lerna.json) as npm reads it: a leading byte-order mark is
 * dropped first (npm strips it; `JSON.parse` alone throws on it, which once let a BOM hide a whole
 * package.json from review). Throws on text that is not JSON.
 */
export function parseJsonManifest(text: string): unknown {
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/**
 * Parses one manifest into a {@link ManifestUnit}. Returns undefined for text that does not
 * parse: a broken manifest leaves that package out of the graph rather than failing the review.
 */
export function readManifest(
  path: string,
  text: string,
  workspaceDeps: Record<string, string> = {},
): ManifestUnit | undefined {
  const dir = posix.dirname(path) === "." ? "" : posix.dirname(path);
  try {
    switch (posix.basename(path)) {
      case "package.json":
        return readPackageJson(dir, path, parseJsonManifest(text));
      case "Cargo.toml":
        return readCargoToml(dir, path, parseToml(text), workspaceDeps);
      case "go.mod":
        return readGoMod(dir, path, text);
      default:
        return undefined;
    }
  } catch {
    return undefined;
  }
}

function readPackageJson(dir: string, manifest: string, json: unknown): ManifestUnit | undefined {
  if (!isObject(json)) return undefined;
  const deps: DependencyRef[] = [];
  for (const field of NPM_FIELDS) {
    const table = json[field];
    if (!isObject(table)) continue;
    for (const [name, spec] of Object.entries(table)) {
      const local =
        typeof spec === "string" && /^(file|link):/.test(spec) ? spec.replace(/^(file|link):/, "") : undefined;
      deps.push(local ? { by: "dir", dir: join(dir, local) } : { by: "name", ecosystem: "npm", name });
    }
  }
  return {
    ecosystem: "npm",
    dir,
    manifest,
    name: typeof json.name === "string" ? json.name : undefined,
    deps,
    published: json.private !== true,
    ...(typeof json.version === "string" ? { version: json.version } : {}),
  };
}

function readCargoToml(
  dir: string,
  manifest: string,
  toml: Record<string, unknown>,
  workspaceDeps: Record<string, string>,
): ManifestUnit | undefined {
  const pkg = toml.package;
  if (!isObject(pkg)) return undefined;
  const tables: unknown[] = CARGO_TABLES.map((t) => toml[t]);
  if (isObject(toml.target)) {
    for (const target of Object.values(toml.target))
      if (isObject(target)) tables.push(...CARGO_TABLES.map((t) => target[t]));
  }
  const deps: DependencyRef[] = [];
  for (const table of tables) {
    if (!isObject(table)) continue;
    for (const [name, spec] of Object.entries(table)) {
      if (!isObject(spec)) continue;
      if (typeof spec.path === "string") deps.push({ by: "dir", dir: join(dir, spec.path) });
      else if (spec.workspace === true && workspaceDeps[name] !== undefined)
        deps.push({ by: "dir", dir: workspaceDeps[name] });
    }
  }
  const version =
    typeof pkg.version === "string"
      ? pkg.version
      : isObject(pkg.version) && pkg.version.workspace === true
        ? "workspace"
        : undefined;
  return {
    ecosystem: "cargo",
    dir,
    manifest,
    name: typeof pkg.name === "string" ? pkg.name : undefined,
    deps,
    published: pkg.publish !== false && !(Array.isArray(pkg.publish) && pkg.publish.length === 0),
    ...(version !== undefined ? { version } : {}),
  };
}

function readGoMod(dir: string, manifest: string, text: string): ManifestUnit {
  let name: string | undefined;
  const deps: DependencyRef[] = [];
  for (const { verb, args } of parseGoMod(text)) {
    if (verb === "module" && args[0]) name = args[0];
    if (verb === "require" && args[0]) deps.push({ by: "name", ecosystem: "go", name: args[0] });
    if (verb === "replace") {
      const target = args[args.indexOf("=>") + 1];
      if (args.includes("=>") && target && /^\.{1,2}(\/|$)/.test(target))
        deps.push({ by: "dir", dir: join(dir, target) });
    }
  }
  // Go modules are published by their tags, each on its own
  return { ecosystem: "go", dir, manifest, name, deps, published: true };
}

/** Joins a manifest directory and a relative path into a normalised repo path (`""` = root). */
export function join(dir: string, rel: string): string {
  const joined = posix.normalize(posix.join(dir || ".", rel)).replace(/\/+$/, "");
  return joined === "." ? "" : joined;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
