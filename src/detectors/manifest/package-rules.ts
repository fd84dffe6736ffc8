import semver from "semver";
import { environmentsOf, exportsMap, resolveTarget, servedBy, subpathTargets } from "./exports-map.js";
import { jsonKeyLines } from "./json-lines.js";
import { finding } from "../../engine/rule.js";
import { manifestRules } from "./rule-specs.js";
import type { Finding } from "../../engine/types.js";

export type Pkg = Record<string, unknown>;

export interface PackagePair {
  path: string;
  before: Pkg;
  after: Pkg;
  afterText: string;
  /** The file's work budget (DetectorContext.checkBudget). */
  checkBudget: (units?: number) => void;
}

type Rule = (p: PackagePair, at: (keys: string[]) => number) => Finding[];

const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const rel = (v: string | undefined): string | undefined => v?.replace(/^\.\//, "");
const record = (v: unknown): Record<string, string> =>
  v && typeof v === "object" && !Array.isArray(v)
    ? (Object.fromEntries(Object.entries(v).filter(([, x]) => typeof x === "string")) as Record<string, string>)
    : {};

const exportsRules: Rule = ({ path, before, after, checkBudget }, at) => {
  const b = exportsMap(before.exports, checkBudget);
  const a = exportsMap(after.exports, checkBudget) ?? (after.main ? new Map([[".", new Set([""])]]) : undefined);
  const out: Finding[] = [];
  if (!b && a && after.exports !== undefined) {
    out.push(
      finding(manifestRules["manifest/exports-subpath-removed"], {
        path,
        line: at(["exports"]),
        symbol: "exports",
        message: `An \`exports\` field was added: imports of any file other than ${[...a.keys()].map((k) => `\`${k}\``).join(", ")} now fail with ERR_PACKAGE_PATH_NOT_EXPORTED.`,
      }),
    );
  }
  if (!b || !a) return out;
  const served = servedBy(a, checkBudget);
  const targetsB = subpathTargets(before.exports)!;
  const targetsA = subpathTargets(after.exports) ?? new Map([[".", str(after.main)]]);
  for (const [subpath, conditions] of b) {
    if (conditions.has("!")) continue;
    if (!served(subpath)) {
      out.push(
        finding(manifestRules["manifest/exports-subpath-removed"], {
          path,
          line: at(["exports"]),
          symbol: `exports["${subpath}"]`,
          message: `Subpath \`${subpath}\` is no longer exported; \`import "${pkgName(after)}${subpath.slice(1)}"\` now fails.`,
        }),
      );
      continue;
    }
    const targetA = targetsA.get(subpath);
    if (targetA === undefined) continue; // served by a pattern: its files are compared elsewhere
    for (const lost of lostEnvironments(targetsB.get(subpath), targetA, conditions, checkBudget)) {
      const esmOnly = lost.modes.every((m) => m === "require") && isEsmFile(lost.target, before);
      out.push(
        finding(manifestRules["manifest/exports-condition-removed"], {
          path,
          line: at(["exports", subpath]),
          symbol: `exports["${subpath}"].${lost.path || "default"}`,
          ...(esmOnly ? { severity: "warning" as const } : {}),
          message: lostMessage(subpath, lost, [...(a.get(subpath) ?? [])], esmOnly),
        }),
      );
    }
  }
  return out;
};

interface LostEnvironment {
  /** The condition path the environments took before (`require`, `node.import`, `` for a plain target). */
  path: string;
  /** Which of `import` / `require` environments lost it. */
  modes: Array<"import" | "require">;
  /** The file they resolved to before. */
  target: string;
}

/**
 * The environments that resolved a subpath before and resolve it to nothing now, one entry per
 * condition path they took. Judged by what each environment resolves to, not by the map's
 * text: moving `types` inside `import` and `require`, or a plain target split into both, loses nothing.
 */
function lostEnvironments(
  before: unknown,
  after: unknown,
  paths: Set<string>,
  checkBudget: (units?: number) => void,
): LostEnvironment[] {
  const out: LostEnvironment[] = [];
  for (const path of paths) {
    const lost: LostEnvironment = { path, modes: [], target: "" };
    for (const env of environmentsOf(path)) {
      const was = resolveTarget(before, env, checkBudget);
      if (typeof was !== "string" || typeof resolveTarget(after, env, checkBudget) === "string") continue;
      lost.modes.push(env.has("require") ? "require" : "import");
      lost.target = was;
    }
    if (lost.modes.length) out.push(lost);
  }
  return out;
}

function lostMessage(subpath: string, lost: LostEnvironment, nowMatching: string[], esmOnly: boolean): string {
  const who = lost.modes.map((m) => (m === "require" ? "`require()`" : "`import`")).join(" and ");
  const only = nowMatching.filter((c) => c && c !== "!").map((c) => `\`${c}\``);
  const what = lost.path
    ? `Condition \`${lost.path}\` of subpath \`${subpath}\` no longer resolves; ${who} through it no longer finds the package.`
    : `Subpath \`${subpath}\` lost its unconditional (default) target; ${who} no longer resolve${lost.modes.length > 1 ? "" : "s"} it${only.length ? ` (only ${only.join(", ")} match now)` : ""}.`;
  if (!esmOnly) return what;
  return `${what} It resolved to the ES module \`${lost.target}\`, which \`require()\` loads only on Node 20.19 / 22.12 and later (ERR_REQUIRE_ESM before), so only consumers on those versions could have used it.`;
}

/** An ES module by its name or the package's `type`: `require()` of it fails before Node 20.19 / 22.12. */
function isEsmFile(file: string, pkg: Pkg): boolean {
  return file.endsWith(".mjs") || (file.endsWith(".js") && pkg.type === "module");
}

function pkgName(p: Pkg): string {
  return str(p.name) ?? "<package>";
}

const entryRules: Rule = ({ path, before, after }, at) => {
  const out: Finding[] = [];
  const mainB = rel(str(before.main)) ?? "index.js";
  const mainA = rel(str(after.main)) ?? "index.js";
  if (mainB !== mainA) {
    out.push(
      finding(manifestRules["manifest/main-changed"], {
        path,
        line: at(["main"]),
        symbol: "main",
        message: `\`main\` changed from \`${mainB}\` to \`${mainA}\`; deep imports of the old file and tools reading \`main\` see a different entry.`,
      }),
    );
  }
  const typesB = rel(str(before.types) ?? str(before.typings));
  const typesA = rel(str(after.types) ?? str(after.typings));
  if (typesB && typesB !== typesA) {
    out.push(
      finding(manifestRules["manifest/types-changed"], {
        path,
        line: at([after.types !== undefined ? "types" : "typings"]),
        symbol: "types",
        message: typesA
          ? `\`types\` changed from \`${typesB}\` to \`${typesA}\`; check the new entry declares the same API.`
          : `\`types\` (\`${typesB}\`) was removed; TypeScript users lose the package's types unless \`exports\` names them.`,
      }),
    );
  }
  const typeB = str(before.type) ?? "commonjs";
  const typeA = str(after.type) ?? "commonjs";
  if (typeB !== typeA) {
    out.push(
      finding(manifestRules["manifest/module-type-changed"], {
        path,
        line: at(["type"]),
        symbol: "type",
        message: `\`type\` changed from \`${typeB}\` to \`${typeA}\`: every \`.js\` file now loads as ${typeA === "module" ? "an ES module, so require() of it fails on older Node" : "CommonJS, so ES import syntax in it fails"}.`,
      }),
    );
  }
  return out;
};

function binMap(p: Pkg): Record<string, string> {
  if (typeof p.bin === "string") return { [pkgName(p).replace(/^@[^/]+\//, "")]: p.bin };
  return record(p.bin);
}

const binRules: Rule = ({ path, before, after }, at) => {
  const a = binMap(after);
  return Object.keys(binMap(before))
    .filter((name) => !(name in a))
    .map((name) =>
      finding(manifestRules["manifest/bin-removed"], {
        path,
        line: at(["bin"]),
        symbol: `bin.${name}`,
        message: `Command \`${name}\` is no longer installed by the package; scripts calling it fail.`,
      }),
    );
};

const engineRules: Rule = ({ path, before, after }, at) => {
  const out: Finding[] = [];
  const b = record(before.engines);
  for (const [engine, range] of Object.entries(record(after.engines))) {
    const old = b[engine];
    if (!semver.validRange(range) || (old !== undefined && !semver.validRange(old))) continue;
    if (old === undefined) {
      // Nothing was promised before: the range states support it cannot be shown to have dropped.
      if (semver.subset("*", range)) continue;
      out.push(
        finding(manifestRules["manifest/engines-narrowed"], {
          path,
          line: at(["engines", engine]),
          symbol: `engines.${engine}`,
          severity: "warning",
          message: `\`engines.${engine}\` was added (\`${range}\`) where the package stated none; users on versions outside it now get install warnings (errors under engine-strict). Check it names every version the last release worked on.`,
        }),
      );
    } else if (!semver.subset(old, range)) {
      out.push(
        finding(manifestRules["manifest/engines-narrowed"], {
          path,
          line: at(["engines", engine]),
          symbol: `engines.${engine}`,
          message: `\`engines.${engine}\` narrowed from \`${old}\` to \`${range}\`; users on versions the old range allowed are now outside it.`,
        }),
      );
    }
  }
  return out;
};

const peerRules: Rule = ({ path, before, after }, at) => {
  const out: Finding[] = [];
  const b = record(before.peerDependencies);
  for (const [name, range] of Object.entries(record(after.peerDependencies))) {
    const old = b[name];
    if (!old || !semver.validRange(old) || !semver.validRange(range)) continue;
    const minB = semver.minVersion(old);
    const minA = semver.minVersion(range);
    if (!minB || !minA) continue;
    const raised = minA.major > minB.major || (minA.major === 0 && minB.major === 0 && minA.minor > minB.minor);
    if (raised) {
      out.push(
        finding(manifestRules["manifest/peer-dependency-major-raised"], {
          path,
          line: at(["peerDependencies", name]),
          symbol: `peerDependencies.${name}`,
          message: `Peer dependency \`${name}\` now needs \`${range}\` (was \`${old}\`); users on ${minB.major === 0 ? `0.${minB.minor}` : `major ${minB.major}`} must upgrade it first.`,
        }),
      );
    }
  }
  return out;
};

/** The package.json rules that compare one manifest's two versions. */
export function packageRules(pair: PackagePair): Finding[] {
  const at = jsonKeyLines(pair.afterText); // one scan, then a lookup per finding
  return [exportsRules, entryRules, binRules, engineRules, peerRules].flatMap((rule) => rule(pair, at));
}
