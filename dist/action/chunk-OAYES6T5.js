import { createRequire as __igCreateRequire } from "node:module";
import { fileURLToPath as __igFileURLToPath } from "node:url";
const require = __igCreateRequire(import.meta.url);
const __filename = __igFileURLToPath(import.meta.url);
const __dirname = __igFileURLToPath(new URL(".", import.meta.url));
import {
  isObject,
  join,
  parse,
  parseGoMod,
  parseJsonManifest,
  readManifest,
  require_dist
} from "./chunk-YFBEQTIF.js";
import {
  terminal
} from "./chunk-B5JDPFOR.js";
import {
  firstChangedLine,
  matchesAny,
  require_picomatch
} from "./chunk-K4GU7YS5.js";
import {
  defineDetector,
  defineRules,
  finding
} from "./chunk-Q4TXYATH.js";
import {
  __toESM
} from "./chunk-KKDR6D62.js";

// src/detectors/packages/discover-packages.ts
import { posix as posix2 } from "node:path";

// src/detectors/packages/member-dirs.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var import_yaml = __toESM(require_dist(), 1);
function memberTests(files) {
  const tests = {};
  const npmGlobs = [
    ...npmWorkspaceGlobs(files["package.json"]),
    ...pnpmGlobs(files["pnpm-workspace.yaml"]),
    ...lernaGlobs(files["lerna.json"])
  ];
  if (npmGlobs.length > 0) tests.npm = globTest(npmGlobs);
  const cargo = cargoMembers(files["Cargo.toml"]);
  if (cargo) tests.cargo = cargo;
  const goDirs = goWorkUses(files["go.work"]);
  if (goDirs.length > 0) tests.go = (dir) => goDirs.includes(dir);
  return tests;
}
function cargoWorkspaceDeps(text) {
  const out = {};
  const ws = safe(() => text === void 0 ? void 0 : parse(text).workspace);
  if (!isObject(ws) || !isObject(ws.dependencies)) return out;
  for (const [name, spec] of Object.entries(ws.dependencies)) {
    if (isObject(spec) && typeof spec.path === "string") out[name] = join("", spec.path);
  }
  return out;
}
function npmWorkspaceGlobs(text) {
  const json = safe(() => text === void 0 ? void 0 : parseJsonManifest(text));
  if (!isObject(json)) return [];
  const ws = json.workspaces;
  return strings(isObject(ws) ? ws.packages : ws);
}
function pnpmGlobs(text) {
  const doc = safe(() => text === void 0 ? void 0 : (0, import_yaml.parse)(text));
  return isObject(doc) ? strings(doc.packages) : [];
}
function lernaGlobs(text) {
  const json = safe(() => text === void 0 ? void 0 : parseJsonManifest(text));
  if (!isObject(json)) return [];
  return json.packages === void 0 ? ["packages/*"] : strings(json.packages);
}
function cargoMembers(text) {
  const toml = safe(() => text === void 0 ? void 0 : parse(text));
  if (!isObject(toml) || !isObject(toml.workspace)) return void 0;
  const members = globTest(strings(toml.workspace.members));
  const excluded = globTest(strings(toml.workspace.exclude));
  const rootIsMember = isObject(toml.package);
  return (dir) => dir === "" ? rootIsMember : members(dir) && !excluded(dir);
}
function goWorkUses(text) {
  if (text === void 0) return [];
  return parseGoMod(text).filter((d) => d.verb === "use" && d.args[0]).map((d) => join("", d.args[0]));
}
function globTest(globs) {
  const clean = (g) => g.replace(/^\.\//, "").replace(/\/+$/, "");
  const positive = globs.filter((g) => !g.startsWith("!")).map(clean);
  const negative = globs.filter((g) => g.startsWith("!")).map((g) => clean(g.slice(1)));
  if (positive.length === 0) return () => false;
  const yes = (0, import_picomatch.default)(positive, { dot: true });
  const no = negative.length > 0 ? (0, import_picomatch.default)(negative, { dot: true }) : () => false;
  return (dir) => dir !== "" && yes(dir) && !no(dir);
}
function strings(v) {
  return Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
}
function safe(f) {
  try {
    return f();
  } catch {
    return void 0;
  }
}

// src/detectors/packages/wanted-files.ts
import { posix } from "node:path";
var WORKSPACE_ROOT_FILES = ["package.json", "pnpm-workspace.yaml", "lerna.json", "Cargo.toml", "go.work"];
var MANIFEST_NAMES = /* @__PURE__ */ new Set(["package.json", "Cargo.toml", "go.mod"]);
var SKIPPED_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", "vendor", "third_party", "target"]);
var MAX_MANIFESTS = 400;
function workspaceFilesWanted(paths) {
  const present = new Set(paths);
  const roots = WORKSPACE_ROOT_FILES.filter((f) => present.has(f));
  const manifests = paths.filter(
    (p) => p.includes("/") && MANIFEST_NAMES.has(posix.basename(p)) && !p.split("/").some((seg) => SKIPPED_DIRS.has(seg))
  ).sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0)).slice(0, MAX_MANIFESTS);
  if (present.has("go.mod")) roots.push("go.mod");
  return [...roots, ...manifests];
}
function depth(path) {
  return path.split("/").length;
}

// src/detectors/packages/discover-packages.ts
function discoverPackages(workspace, config) {
  const units = manifestUnits(workspace.files);
  const packages = Object.keys(config.packages).length > 0 ? configPackages(units, config) : declaredPackages(units, workspace.files);
  return { packages, dependsOn: edges(packages, units) };
}
function manifestUnits(files) {
  const workspaceDeps = cargoWorkspaceDeps(files["Cargo.toml"]);
  const units = [];
  for (const path of Object.keys(files).sort()) {
    if (!MANIFEST_NAMES.has(posix2.basename(path)) || path.split("/").includes("node_modules")) continue;
    const unit = readManifest(path, files[path], workspaceDeps);
    if (unit) units.push(unit);
  }
  return units;
}
function configPackages(units, config) {
  const packages = Object.entries(config.packages).map(([name, globs]) => ({
    name,
    globs,
    units: []
  }));
  for (const unit of units) packages.find((p) => matchesAny(unit.manifest, p.globs))?.units.push(unit);
  return packages;
}
function declaredPackages(units, files) {
  const tests = memberTests(files);
  const packages = [];
  const taken = /* @__PURE__ */ new Set();
  for (const unit of units) {
    if (!tests[unit.ecosystem]?.(unit.dir)) continue;
    let name = unit.name ?? (unit.dir || "(root)");
    if (taken.has(name)) name = `${name} (${unit.dir || "root"})`;
    taken.add(name);
    packages.push({ name, dir: unit.dir, units: [unit] });
  }
  return packages;
}
function edges(packages, units) {
  const owner = /* @__PURE__ */ new Map();
  for (const p of packages) for (const u of p.units) owner.set(u, p);
  const resolve = (ref) => ref.by === "dir" ? units.find((u) => u.dir === ref.dir && owner.has(u)) : units.find((u) => u.ecosystem === ref.ecosystem && u.name === ref.name && owner.has(u));
  const dependsOn = new Map(packages.map((p) => [p.name, /* @__PURE__ */ new Set()]));
  for (const p of packages) {
    for (const unit of p.units) {
      for (const ref of unit.deps) {
        const target = resolve(ref);
        const targetPackage = target && owner.get(target);
        if (targetPackage && targetPackage !== p) dependsOn.get(p.name).add(targetPackage.name);
      }
    }
  }
  return dependsOn;
}

// src/detectors/packages/package-of-path.ts
function packageOfPath(path, packages) {
  let best;
  for (const p of packages) {
    if (p.globs) {
      if (matchesAny(path, p.globs)) return p;
      continue;
    }
    const dir = p.dir ?? "";
    const inside = dir === "" || path === dir || path.startsWith(`${dir}/`);
    if (inside && (!best || dir.length > (best.dir ?? "").length)) best = p;
  }
  return best;
}

// src/detectors/packages/touched-packages.ts
function touchedPackages(files, packages) {
  const byName = /* @__PURE__ */ new Map();
  for (const pair of [...files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) {
    for (const path of /* @__PURE__ */ new Set([pair.path, pair.previousPath ?? pair.path])) {
      const pkg = packageOfPath(path, packages);
      if (!pkg) continue;
      const entry = byName.get(pkg.name) ?? { pkg, files: [] };
      if (!entry.files.includes(pair)) entry.files.push(pair);
      byName.set(pkg.name, entry);
    }
  }
  return [...byName.values()].sort((a, b) => a.pkg.name < b.pkg.name ? -1 : a.pkg.name > b.pkg.name ? 1 : 0);
}

// src/detectors/packages/rule-specs.ts
var packagesRules = defineRules("packages", {
  "packages/coordinated-change": {
    category: "cross-package",
    severity: "error",
    summary: "The PR changes package B and package A, which depends on B (directly, or through packages the PR does not touch).",
    why: 'Users may upgrade A without B or B without A: the change is a lock-step upgrade ("version forwards and backwards independently"). One finding per link; a link already explained by a touched package in between is not repeated. The finding sits on the first changed line of B. `devDependencies` do not tie releases together and are not links.',
    fix: "**State it:** under `## Cross-package impact`, say whether old A works with new B and new A with old B, or why they must be released together (and make the version ranges say so). Or split the PR.",
    fixtures: {
      positive: [
        "npm-workspace-coordinated-and-unrelated",
        "pnpm-workspace-lock-step",
        "go-work-coordinated-and-unrelated",
        "config-globs-all-three-rules"
      ],
      negative: ["dev-dependency-is-not-a-release-link"]
    }
  },
  "packages/multi-package": {
    category: "cross-package",
    severity: "notice",
    summary: "The touched packages fall into two or more groups with no dependency between them.",
    why: "Nothing breaks, but unrelated changes in one PR are harder to review, revert and release.",
    fix: "**Fix:** split the PR.",
    fixtures: {
      positive: ["npm-workspace-coordinated-and-unrelated", "dev-dependency-is-not-a-release-link"],
      negative: ["pnpm-workspace-lock-step"]
    }
  },
  "packages/interface-change-with-dependents": {
    category: "cross-package",
    severity: "error",
    summary: "An `abi` error finding (after rule levels) lies in a package other workspace packages depend on.",
    why: "The message names them (direct first, then indirect). Their code, in this same repository, may break or need a release.",
    fix: "**State it:** say how each dependent keeps working, or update them in the same PR (which then also gives `packages/coordinated-change`).",
    fixtures: {
      positive: ["cargo-header-change-with-dependents", "config-globs-all-three-rules"],
      negative: ["abi-error-in-package-without-dependents"]
    }
  }
});

// src/detectors/packages/graph-walk.ts
function reachable(from, dependsOn) {
  const seen = /* @__PURE__ */ new Set();
  const stack = [...dependsOn.get(from) ?? []];
  while (stack.length > 0) {
    const next = stack.pop();
    if (seen.has(next) || next === from) continue;
    seen.add(next);
    stack.push(...dependsOn.get(next) ?? []);
  }
  return seen;
}
function dependentsOf(target, dependsOn) {
  return [...dependsOn.keys()].filter((name) => name !== target && reachable(name, dependsOn).has(target)).sort();
}

// src/detectors/packages/rules.ts
function coordinatedChanges(touched, graph) {
  const names = touched.map((t) => t.pkg.name);
  const reach = new Map(names.map((n) => [n, reachable(n, graph.dependsOn)]));
  const findings = [];
  for (const a of touched) {
    for (const b of touched) {
      const from = a.pkg.name;
      const to = b.pkg.name;
      if (from === to || !reach.get(from).has(to)) continue;
      if (names.some((c) => c !== from && c !== to && reach.get(from).has(c) && reach.get(c).has(to))) continue;
      const direct = graph.dependsOn.get(from)?.has(to) ? "depends on" : "depends (indirectly) on";
      const first = b.files[0];
      findings.push(
        finding(packagesRules["packages/coordinated-change"], {
          path: first.path,
          line: firstChangedLine(first),
          symbol: `${from} -> ${to}`,
          message: `This PR changes ${to} and ${from}, which ${direct} it: a lock-step change. Say how each side keeps working with the other's released version (or why they must ship together).`
        })
      );
    }
  }
  return findings;
}
function multiPackage(touched, graph) {
  if (touched.length < 2) return [];
  const groups = relatedGroups(
    touched.map((t) => t.pkg.name),
    graph
  );
  if (groups.length < 2) return [];
  const first = touched[0].files[0];
  return [
    finding(packagesRules["packages/multi-package"], {
      path: first.path,
      line: firstChangedLine(first),
      message: `This PR touches ${touched.length} packages in ${groups.length} unrelated groups (${groups.map((g) => g.join(", ")).join("; ")}); consider splitting it so each can be reviewed and released on its own.`
    })
  ];
}
function interfaceChangeWithDependents(abiErrors, graph) {
  const firstByPackage = /* @__PURE__ */ new Map();
  const ordered = [...abiErrors].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line);
  for (const f of ordered) {
    const pkg = packageOfPath(f.path, graph.packages);
    if (!pkg) continue;
    const seen = firstByPackage.get(pkg.name);
    if (seen) seen.count++;
    else firstByPackage.set(pkg.name, { finding: f, count: 1 });
  }
  const findings = [];
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
        message: `${name} has ${count} ABI error${count === 1 ? "" : "s"} (first: ${first.ruleId}${first.symbol ? ` on ${first.symbol}` : ""}) and ${dependents.length} workspace package${dependents.length === 1 ? "" : "s"} depend on it: ${list}. Say how they keep working.`
      })
    );
  }
  return findings;
}
function relatedGroups(names, graph) {
  const reach = new Map(names.map((n) => [n, reachable(n, graph.dependsOn)]));
  const related = (a, b) => reach.get(a).has(b) || reach.get(b).has(a);
  const groups = [];
  for (const name of names) {
    const joined = groups.filter((g) => g.some((m) => related(m, name)));
    const merged = [...joined.flat(), name].sort();
    for (const g of joined) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  }
  return groups.sort((a, b) => a[0] < b[0] ? -1 : 1);
}

// src/detectors/packages/graph-section.ts
function packagesGraphSection(graph, touched) {
  const shown = new Set(touched);
  for (const [from, tos] of graph.dependsOn) {
    for (const to of tos) {
      if (touched.includes(from)) shown.add(to);
      if (touched.includes(to)) shown.add(from);
    }
  }
  const names = [...shown].sort();
  const id = (name) => `p${names.indexOf(name)}`;
  const lines = ["```mermaid", "graph LR"];
  for (const name of names) lines.push(`  ${id(name)}["${label(name)}"]${touched.includes(name) ? ":::touched" : ""}`);
  for (const from of names) {
    for (const to of [...graph.dependsOn.get(from) ?? []].sort()) {
      if (shown.has(to)) lines.push(`  ${id(from)} --> ${id(to)}`);
    }
  }
  lines.push("  classDef touched fill:#fde68a,stroke:#b45309", "```");
  const others = names.length - touched.length;
  const caption = `Changed packages are highlighted; arrows point from a package to what it depends on${others > 0 ? ` (${others} unchanged neighbour${others === 1 ? "" : "s"} shown)` : ""}.`;
  return { title: "Packages", markdown: `${caption}

${lines.join("\n")}` };
}
function label(name) {
  return terminal(name).replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;");
}

// src/detectors/packages/declares-workspace.ts
function declaresWorkspace(rootFiles, config) {
  return Object.keys(config.packages).length > 0 || Object.keys(memberTests(rootFiles)).length > 0;
}

// src/detectors/packages/index.ts
var packagesDetector = defineDetector({
  id: "packages",
  title: "Workspace packages",
  analyzeChangeSet(cs, ctx) {
    if (!cs.workspace) return { findings: [], parsed: false };
    const graph = discoverPackages(cs.workspace, ctx.config);
    if (graph.packages.length < 2) return { findings: [], parsed: false };
    const touched = touchedPackages(cs.files, graph.packages);
    const abiErrors = ctx.findings.filter((f) => f.category === "abi" && f.severity === "error");
    const findings = [
      ...coordinatedChanges(touched, graph),
      ...multiPackage(touched, graph),
      ...interfaceChangeWithDependents(abiErrors, graph)
    ];
    const showGraph = touched.length >= 2 || findings.length > 0;
    return {
      findings,
      parsed: true,
      sections: showGraph ? [
        packagesGraphSection(
          graph,
          touched.map((t) => t.pkg.name)
        )
      ] : []
    };
  }
});

export {
  WORKSPACE_ROOT_FILES,
  workspaceFilesWanted,
  discoverPackages,
  packagesRules,
  packagesGraphSection,
  declaresWorkspace,
  packagesDetector
};
