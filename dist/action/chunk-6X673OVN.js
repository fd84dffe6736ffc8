import { createRequire as __igCreateRequire } from "node:module";
import { fileURLToPath as __igFileURLToPath } from "node:url";
const require = __igCreateRequire(import.meta.url);
const __filename = __igFileURLToPath(import.meta.url);
const __dirname = __igFileURLToPath(new URL(".", import.meta.url));
import {
  isTsSourcePath
} from "./chunk-YP7AFKBI.js";
import {
  isManifestPath
} from "./chunk-TVU7BDFR.js";
import {
  sidesOf
} from "./chunk-J2O5DEA7.js";
import {
  isHeaderPath
} from "./chunk-KZHQCXJL.js";
import {
  CATEGORIES
} from "./chunk-L7U6HFNP.js";
import {
  MANIFEST_NAMES
} from "./chunk-IOFR57V3.js";
import {
  init_glob,
  isInterfacePath,
  matchesAny
} from "./chunk-EWA356II.js";
import {
  isProtoPath
} from "./chunk-VEXAZL2X.js";
import {
  BudgetExceededError,
  WorkBudget,
  fileWork,
  reviewWork
} from "./chunk-CHBFCZIL.js";
import {
  defineRules,
  finding
} from "./chunk-IWR2HKIX.js";

// src/engine/registry.ts
import { posix } from "node:path";
var detectors = [
  {
    id: "interface",
    appliesTo: isInterfacePath,
    load: async () => (await import("./chunk-FKHFQEKV.js")).interfaceDetector
  },
  {
    id: "packages",
    // Packages come from the manifests in the base tree, or from config `packages:`: with neither,
    // it has none to find (and its YAML and TOML parsers need not load).
    wanted: (cs, config) => cs.workspace !== void 0 && (Object.keys(config.packages).length > 0 || Object.keys(cs.workspace.files).some((p) => MANIFEST_NAMES.has(posix.basename(p)))),
    load: async () => (await import("./chunk-LJW5TVWL.js")).packagesDetector
  },
  {
    id: "fork",
    wanted: (cs) => cs.files.length > 0,
    load: async () => (await import("./chunk-W2TRYUG3.js")).forkDetector
  },
  {
    id: "watch",
    wanted: (_cs, config) => config.watch.length > 0,
    load: async () => (await import("./chunk-64RE6B5N.js")).watchDetector
  },
  {
    id: "proto",
    appliesTo: isProtoPath,
    load: async () => (await import("./chunk-V7KG6BNB.js")).protoDetector
  },
  { id: "ts", appliesTo: isTsSourcePath, load: async () => (await import("./chunk-2LCBHEIA.js")).tsDetector },
  {
    id: "manifest",
    appliesTo: isManifestPath,
    // its ChangeSet rules weigh every error finding against the versions of the package.json and
    // build files the change set knows of (changed or in the workspace): with none, they say nothing
    wanted: (cs) => cs.files.length > 0 && [...sidesOf(cs).paths].some(isManifestPath),
    load: async () => (await import("./chunk-464XSK2P.js")).manifestDetector
  },
  { id: "c", appliesTo: isHeaderPath, load: async () => (await import("./chunk-YQVPOLVN.js")).cDetector },
  { id: "cpp", appliesTo: isHeaderPath, load: async () => (await import("./chunk-AG4EESWY.js")).cppDetector }
];
async function loadDetectors(list, cs, config) {
  const needed = (d) => !("load" in d) || d.id === "interface" || d.appliesTo !== void 0 && cs.files.some((f) => d.appliesTo(f.path, config)) || "wanted" in d && d.wanted !== void 0 && d.wanted(cs, config);
  const loaded = [];
  for (const d of list.filter(needed)) loaded.push("load" in d ? await d.load() : d);
  return loaded;
}

// src/engine/rule-specs.ts
var engineRules = defineRules("engine", {
  "engine/budget-exceeded": {
    category: "abi",
    severity: "error",
    summary: "Impactgate could not analyse a file: a detector spent its work budget on it, or the review's budget was spent before it.",
    why: "Budgets (`limits.file-work`, `limits.review-work`) count work, not time, so the same file always gives the same result. The file's changes were not checked, so this is an error \u2014 never a silent pass \u2014 and its generic `interface/changed` finding stands.",
    fix: "**Fix or state it:** review the file by hand and state the impact, or raise the budget in `.github/impactgate.yml` if the file is an ordinary one (and report it: it should not need it).",
    fixtures: { testedBy: "test/security/work-budgets.test.ts" }
  },
  "engine/detector-failed": {
    category: "abi",
    severity: "error",
    summary: "A detector failed on a file (an internal error, or input it cannot handle).",
    why: "The file's changes were not checked, so this is an error \u2014 never a silent pass \u2014 and its generic `interface/changed` finding stands.",
    fix: "**Fix or state it:** review the file by hand and state the impact; please report the message.",
    fixtures: { testedBy: "test/engine/review.test.ts" }
  },
  "engine/analysis-failed": {
    category: "abi",
    severity: "error",
    summary: "The analysis of the pull request was stopped from outside: past its deadline, out of memory, or its process crashed twice.",
    why: "Analysis runs in a separate process with a hard deadline (`limits.review-time-ms`) and a memory cap. When that process is stopped, nothing of the pull request was checked; the finding names the file it was on. Nothing passes silently: the check is action required. A crash is retried once on a fresh process; a second crash, or the deadline, is final for that head commit.",
    fix: "**Fix or state it:** review the changes by hand and state the impact (or a maintainer acknowledges). If the named file is an ordinary one, report it; a new push or the Re-run button analyses again.",
    fixtures: { testedBy: "test/isolation/analysis-pool.test.ts" }
  }
});

// src/engine/review-file.ts
function reviewFile({
  pair,
  config,
  changeSet,
  generic,
  semantic,
  reviewBudget,
  onProgress
}) {
  const out = { findings: [], sections: [], symbols: { before: [], after: [] } };
  const genericApplies = generic.appliesTo?.(pair.path, config);
  let understood = false;
  let failed = false;
  for (const detector of pair.skipped ? [] : semantic) {
    if (!detector.appliesTo?.(pair.path, config) || !detector.analyze) continue;
    onProgress?.({ path: pair.path, detector: detector.id });
    const result = runDetector(detector, { path: pair.path, line: 1 }, () => detector.analyze(pair, context()));
    understood ||= result.parsed;
    failed ||= result.failed;
    out.findings.push(...result.findings);
    out.sections.push(...result.sections ?? []);
    out.symbols.before.push(...result.symbols?.before ?? []);
    out.symbols.after.push(...result.symbols?.after ?? []);
  }
  if (genericApplies && (!understood || failed)) out.findings.push(...generic.analyze(pair, context()).findings);
  return out;
  function context() {
    return { config, changeSet, checkBudget: new WorkBudget("limits.file-work", fileWork(config), reviewBudget).tick };
  }
}
function runDetector(detector, at, run) {
  try {
    return { ...run(), failed: false };
  } catch (err) {
    return { findings: [notAnalysed(at, couldNotAnalyse(detector.id, err))], parsed: false, failed: true };
  }
}
function couldNotAnalyse(detectorId, err) {
  if (err instanceof BudgetExceededError)
    return {
      rule: engineRules["engine/budget-exceeded"],
      reason: `the ${detectorId} detector stopped after its work budget of ${err.units.toLocaleString("en-US")} units (${err.key})`
    };
  const message = err instanceof Error ? err.message : String(err);
  return {
    rule: engineRules["engine/detector-failed"],
    reason: `the ${detectorId} detector failed: ${message.slice(0, 500)}`
  };
}
function notAnalysed(at, { rule, reason }) {
  return finding(rule, {
    ...at,
    message: `Could not analyse ${at.path}: ${reason}. Its changes were not checked; review them by hand and state the impact.`
  });
}

// src/engine/fingerprint.ts
import { createHash } from "node:crypto";
function fingerprint(finding2) {
  const key = `${finding2.ruleId}\0${finding2.symbol ?? finding2.path}`;
  return createHash("sha256").update(key).digest("hex").slice(0, 16);
}

// src/engine/verdict.ts
init_glob();
async function readStatements(body, config) {
  if (body.slice(0, config.limits["body-chars"]).trim() === "") return noStatements();
  const { statementsOf } = await import("./chunk-WQGCXA5E.js");
  return statementsOf(body, config);
}
function noStatements() {
  const out = {};
  for (const category of CATEGORIES) out[category] = { kind: "absent", text: "" };
  return out;
}
function decideVerdict({
  findings,
  statements,
  config,
  acknowledgements = [],
  baseline
}) {
  const levelled = excludePaths(applyLevels(findings, config), config);
  const final = sortFindings(baseline ? levelled.map(baseline) : levelled);
  const stated = statementStates(final, statements);
  const categories = acknowledged(stated, final, acknowledgements);
  return { findings: final, categories, conclusion: isBlocked(categories) ? "action_required" : "success" };
}
function redecide(review2, input) {
  if (review2.conclusion === "failure") return review2;
  return { ...review2, ...decideVerdict({ ...input, findings: review2.findings }) };
}
function blockedCategories(categories) {
  return CATEGORIES.filter((c) => categories[c].state === "missing" || categories[c].state === "contradicted");
}
function isBlocked(categories) {
  return blockedCategories(categories).length > 0;
}
function applyLevels(findings, config) {
  const out = [];
  for (const f of findings) {
    const level = config.rules[f.ruleId] ?? config.rules[`${f.ruleId.split("/")[0]}/*`];
    if (level === "off") continue;
    out.push(level && !f.alreadySince && !f.unreleasedSince ? { ...f, severity: level } : f);
  }
  return out;
}
function excludePaths(findings, config) {
  if (config.paths.exclude.length === 0) return findings;
  return findings.filter((f) => !matchesAny(f.path, config.paths.exclude));
}
var SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
function sortFindings(findings) {
  const cmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;
  return [...findings].sort(
    (a, b) => cmp(a.path, b.path) || a.line - b.line || cmp(a.ruleId, b.ruleId) || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || cmp(a.symbol ?? "", b.symbol ?? "") || cmp(a.message, b.message)
  );
}
function statementStates(findings, statements) {
  const out = {};
  for (const category of CATEGORIES) {
    const errors = findings.filter((f) => f.category === category && f.severity === "error").length;
    const stmt = statements[category];
    const statement = stmt.kind === "text" || stmt.kind === "none" ? stmt.text : void 0;
    const state = errors === 0 ? statement !== void 0 ? "stated" : "not-needed" : stmt.kind === "text" ? "stated" : stmt.kind === "none" ? "contradicted" : "missing";
    out[category] = { state, errors, statement };
  }
  return out;
}
function acknowledged(categories, findings, acks) {
  const out = { ...categories };
  for (const category of blockedCategories(categories)) {
    const prints = findings.filter((f) => f.category === category && f.severity === "error").map(fingerprint);
    const ack = [...acks].reverse().find(
      (a) => (a.category === category || a.category === "all") && (a.coversNew || prints.every((p) => a.fingerprints.includes(p)))
    );
    if (ack) out[category] = { ...categories[category], state: "acknowledged", acknowledgement: ack };
  }
  return out;
}

// src/engine/review.ts
var initialised = /* @__PURE__ */ new WeakSet();
async function review(cs, config, options = {}) {
  const all = await loadDetectors(options.detectors ?? detectors, cs, config);
  const generic = all.find((d) => d.id === "interface");
  const semantic = all.filter((d) => d !== generic && d.analyze);
  await initDetectors(all, cs, config);
  const reviewBudget = new WorkBudget("limits.review-work", reviewWork(config));
  const notReviewed = [...cs.notReviewed ?? []];
  const findings = [];
  const sections = [];
  const symbols = { before: [], after: [] };
  for (const pair of cs.files) {
    if (pair.skipped && !notReviewed.some((n) => n.path === pair.path))
      notReviewed.push({ path: pair.path, reason: pair.skipped });
    if (reviewBudget.exhausted && !pair.skipped) {
      if (!all.some((d) => d.analyze && d.appliesTo?.(pair.path, config))) continue;
      const reason = `the review's work budget (limits.review-work, ${reviewBudget.limit.toLocaleString("en-US")} units) was spent before this file`;
      notReviewed.push({ path: pair.path, reason: "review work budget (limits.review-work) spent" });
      findings.push(notAnalysed({ path: pair.path, line: 1 }, { rule: engineRules["engine/budget-exceeded"], reason }));
      continue;
    }
    const file = reviewFile({
      pair,
      config,
      changeSet: cs,
      generic,
      semantic,
      reviewBudget,
      onProgress: options.onProgress
    });
    findings.push(...file.findings);
    sections.push(...file.sections);
    symbols.before.push(...file.symbols.before);
    symbols.after.push(...file.symbols.after);
  }
  const levelled = applyLevels(findings, config);
  const changeSetFindings = [];
  const at = { path: cs.files[0]?.path ?? "", line: 1 };
  for (const detector of all.filter((d) => d.analyzeChangeSet)) {
    const ctx = {
      config,
      changeSet: cs,
      checkBudget: new WorkBudget("limits.file-work", fileWork(config)).tick,
      // only findings that survive the configuration: excluded paths do not count
      findings: excludePaths(levelled, config),
      symbols
    };
    options.onProgress?.({ path: at.path, detector: detector.id });
    const out = runDetector(detector, at, () => detector.analyzeChangeSet(cs, ctx));
    changeSetFindings.push(...out.findings);
    sections.push(...out.sections ?? []);
  }
  const verdict = decideVerdict({
    findings: [...levelled, ...changeSetFindings],
    statements: await readStatements(cs.body, config),
    config,
    acknowledgements: cs.acknowledgements ?? []
  });
  return { ...verdict, sections, symbols, notReviewed };
}
async function initDetectors(all, cs, config) {
  for (const d of all) {
    if (!d.init || initialised.has(d)) continue;
    if (d.appliesTo && !cs.files.some((f) => d.appliesTo(f.path, config))) continue;
    await d.init();
    initialised.add(d);
  }
}

export {
  fingerprint,
  readStatements,
  decideVerdict,
  redecide,
  blockedCategories,
  isBlocked,
  engineRules,
  detectors,
  review
};
