import { checkedGlobMatcher } from "../../engine/glob.js";
import { parse as parseYaml } from "yaml";
import { parse as parseToml } from "smol-toml";
import { parseGoMod } from "./parse-go-mod.js";
import { isObject, join, parseJsonManifest } from "./read-manifest.js";
import type { Ecosystem } from "./types.js";

/** Which directories the workspace root files declare as members, per ecosystem. */
export type MemberTest = Partial<Record<Ecosystem, (dir: string) => boolean>>;

/**
 * Reads the root workspace declarations: `package.json` workspaces (npm, yarn), `pnpm-workspace.yaml`,
 * `lerna.json`, Cargo `[workspace] members`/`exclude` and `go.work` `use`. Unparseable files
 * declare nothing.
 */
export function memberTests(files: Record<string, string>): MemberTest {
  const tests: MemberTest = {};
  const npmGlobs = [
    ...npmWorkspaceGlobs(files["package.json"]),
    ...pnpmGlobs(files["pnpm-workspace.yaml"]),
    ...lernaGlobs(files["lerna.json"]),
  ];
  if (npmGlobs.length > 0)
    tests.npm = globTest(npmGlobs, "workspace globs (package.json, pnpm-workspace.yaml, lerna.json)");
  const cargo = cargoMembers(files["Cargo.toml"]);
  if (cargo) tests.cargo = cargo;
  const goDirs = goWorkUses(files["go.work"]);
  if (goDirs.length > 0) tests.go = (dir) => goDirs.includes(dir);
  return tests;
}

/** The root Cargo.toml's `[workspace.dependencies]` path entries, so `foo.workspace = true` resolves. */
export function cargoWorkspaceDeps(text: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  const ws = safe(() => (text === undefined ? undefined : parseToml(text).workspace));
  if (!isObject(ws) || !isObject(ws.dependencies)) return out;
  for (const [name, spec] of Object.entries(ws.dependencies)) {
    if (isObject(spec) && typeof spec.path === "string") out[name] = join("", spec.path);
  }
  return out;
}

function npmWorkspaceGlobs(text: string | undefined): string[] {
  const json = safe(() => (text === undefined ? undefined : parseJsonManifest(text)));
  if (!isObject(json)) return [];
  const ws = json.workspaces;
  return strings(isObject(ws) ? ws.packages : ws);
}

function pnpmGlobs(text: string | undefined): string[] {
  const doc = safe(() => (text === undefined ? undefined : parseYaml(text)));
  return isObject(doc) ? strings(doc.packages) : [];
}

function lernaGlobs(text: string | undefined): string[] {
  const json = safe(() => (text === undefined ? undefined : parseJsonManifest(text)));
  if (!isObject(json)) return [];
  // lerna's documented default when `packages` is absent
  return json.packages === undefined ? ["packages/*"] : strings(json.packages);
}

function cargoMembers(text: string | undefined): ((dir: string) => boolean) | undefined {
  const toml = safe(() => (text === undefined ? undefined : parseToml(text)));
  if (!isObject(toml) || !isObject(toml.workspace)) return undefined;
  const members = globTest(strings(toml.workspace.members), "Cargo.toml [workspace] members");
  const excluded = globTest(strings(toml.workspace.exclude), "Cargo.toml [workspace] exclude");
  // a root that is both [workspace] and [package] is itself a member
  const rootIsMember = isObject(toml.package);
  return (dir) => (dir === "" ? rootIsMember : members(dir) && !excluded(dir));
}

function goWorkUses(text: string | undefined): string[] {
  if (text === undefined) return [];
  return parseGoMod(text)
    .filter((d) => d.verb === "use" && d.args[0])
    .map((d) => join("", d.args[0]));
}

/** picomatch over directory globs; `!glob` entries exclude (npm, pnpm). A glob that could not be
 * matched in bounded time is refused with its file named (a UserError). */
function globTest(globs: string[], source: string): (dir: string) => boolean {
  const clean = (g: string) => g.replace(/^\.\//, "").replace(/\/+$/, "");
  const positive = globs.filter((g) => !g.startsWith("!")).map(clean);
  const negative = globs.filter((g) => g.startsWith("!")).map((g) => clean(g.slice(1)));
  if (positive.length === 0) return () => false;
  const yes = checkedGlobMatcher(positive, source);
  const no = negative.length > 0 ? checkedGlobMatcher(negative, source) : () => false;
  return (dir) => dir !== "" && yes(dir) && !no(dir);
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

function safe<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}
