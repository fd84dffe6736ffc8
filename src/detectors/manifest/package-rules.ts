import semver from "semver";
import { exportsMap, servedBy } from "./exports-map.js";
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
    const after_ = a.get(subpath);
    if (!after_ || after_.has("")) continue; // a catch-all condition still serves every environment
    for (const c of conditions) {
      if (after_.has(c) || c === "") continue;
      out.push(
        finding(manifestRules["manifest/exports-condition-removed"], {
          path,
          line: at(["exports", subpath]),
          symbol: `exports["${subpath}"].${c}`,
          message: `Condition \`${c}\` of subpath \`${subpath}\` was removed; consumers resolving through it (e.g. ${c.split(".")[0] === "require" ? "CommonJS require()" : `the \`${c.split(".")[0]}\` condition`}) no longer find the package.`,
        }),
      );
    }
    if (conditions.has("") && !after_.has("")) {
      out.push(
        finding(manifestRules["manifest/exports-condition-removed"], {
          path,
          line: at(["exports", subpath]),
          symbol: `exports["${subpath}"].default`,
          message: `Subpath \`${subpath}\` lost its unconditional (default) target; environments matching none of ${[...after_].map((c) => `\`${c}\``).join(", ")} no longer resolve it.`,
        }),
      );
    }
  }
  return out;
};

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
    const old = b[engine] ?? "*";
    if (!semver.validRange(range) || !semver.validRange(old)) continue;
    if (!semver.subset(old, range)) {
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
