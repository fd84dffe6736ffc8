import { createRequire as __igCreateRequire } from "node:module";
import { fileURLToPath as __igFileURLToPath } from "node:url";
const require = __igCreateRequire(import.meta.url);
const __filename = __igFileURLToPath(import.meta.url);
const __dirname = __igFileURLToPath(new URL(".", import.meta.url));
import {
  applyPatch
} from "./chunk-EDVL6423.js";
import {
  code
} from "./chunk-B5JDPFOR.js";
import {
  firstChangedLine,
  init_glob,
  matchesAny
} from "./chunk-EWA356II.js";
import {
  defineDetector,
  defineRules,
  finding
} from "./chunk-IWR2HKIX.js";

// src/detectors/fork/divergence-section.ts
function divergenceSection(upstream, configured, tally) {
  const name = upstream ? `${code(upstream.repo)} (${code(upstream.branch)})` : code(configured ?? "");
  const drift = upstream?.ahead !== void 0 && upstream.behind !== void 0 ? `This fork is **${upstream.ahead}** commit${upstream.ahead === 1 ? "" : "s"} ahead of and **${upstream.behind}** behind upstream ${name}.` : `Upstream is ${name}; the ahead/behind count was not available.`;
  const lines = tally.added + tally.removed;
  const adds = tally.files === 0 ? "This PR changes no upstream-owned files." : `This PR adds **${lines}** line${lines === 1 ? "" : "s"} of divergence (+${tally.added} \u2212${tally.removed}) in ${tally.files} upstream-owned file${tally.files === 1 ? "" : "s"}.`;
  return { title: "Fork divergence", markdown: `${drift}
${adds}` };
}

// src/detectors/fork/rule-specs.ts
var UPSTREAM_IT = "**Fix:** send the change upstream; until then it is carried on every sync.";
var forkRules = defineRules("fork", {
  "fork/upstream-file-modified": {
    category: "fork",
    severity: "error",
    summary: "The PR changes a file the upstream owns.",
    why: `The message gives the lines added and removed and whether the upstream branch has the file at all. Every such line must be carried, and re-resolved, across every upstream sync ("every time I send a patch I have to check it also applies"). A file the PR adds that upstream does not have is a local addition, and a change that makes the file identical to upstream's (a sync or a backport) converges; neither is reported.`,
    fix: "**Fix:** send the change upstream first and take it back with the next sync; or add the path to `fork.local-paths` if the fork owns it. **State it:** under `## Fork impact`, say why it stays local.",
    fixtures: {
      positive: ["upstream-file-applies-with-offset", "upstream-file-conflicts"],
      negative: ["local-only-change-no-finding", "sync-from-upstream-no-finding"]
    }
  },
  "fork/applies-upstream": {
    category: "fork",
    severity: "notice",
    summary: "The PR's hunks apply to the upstream branch's version of the file.",
    why: 'Tried with the `diff` package\'s `applyPatch`, fuzz 0 first, up to 2. The message says "cleanly", or the offset of each moved hunk ("hunk 1 at offset +2 lines") and the fuzz needed. Sending the change upstream is one command away.',
    fix: UPSTREAM_IT,
    fixtures: { positive: ["upstream-file-applies-with-offset"], negative: ["upstream-file-conflicts"] }
  },
  "fork/conflicts-upstream": {
    category: "fork",
    severity: "notice",
    summary: "At least one hunk does not apply to the upstream version even with fuzz 2, or the PR adds a file where upstream already has a different one.",
    why: "Upstream changed the same lines. Sending it upstream needs a rebase onto upstream's version first \u2014 the longer it waits, the worse it gets.",
    fix: "**Fix:** rebase the change onto upstream's version and send it upstream.",
    fixtures: { positive: ["upstream-file-conflicts"], negative: ["upstream-file-applies-with-offset"] }
  },
  "fork/vendored-code-modified": {
    category: "fork",
    severity: "error",
    summary: "A change inside a vendored tree.",
    why: "Vendored trees are the `fork.vendored` keys and any `vendor/`, `third_party/` or `external/` directory. The next re-vendor silently drops the change.",
    fix: "**Fix:** make the change in the vendored project and re-vendor; if it must stay, keep it as a recorded patch and state it.",
    fixtures: { positive: ["vendored-change"], negative: ["vendor-like-names-outside-vendored-trees"] }
  },
  "fork/parallel-interface": {
    category: "fork",
    severity: "warning",
    severityNote: "error in a fork (an upstream is configured or found: `fork.upstream`, the GitHub fork parent, the CLI's `fork.remote`)",
    summary: "The PR adds an interface whose name is a second version of one that still exists after the PR.",
    why: "A function, struct, union, enum, typedef, protobuf message/enum/service/RPC or exported TypeScript name `foo_v2`, `fooV2`, `foo2`, `foo_2`, `foo64`, `foo_new`, `fooNew`, `foo_ex`, `fooEx` beside `foo`, in the same scope (C file family, proto package/service, TS). It uses the C, protobuf and TypeScript detectors' symbol tables, not a text search. Two versions of one interface are \"a stupid, avoidable, permanent fork\": every caller, binding and downstream fork carries both forever. In a fork it is an error: the fork carries a divergence from upstream on every rebase. In the project itself it is a warning: a second version beside the first is a design choice the maintainers make (libuv's `_ex` additions), named so reviewers see it. Not reported: a variant whose base the PR removes (`foo64` replacing `foo` is a rename), a `v2` package beside or replacing `v1` (the scope differs, not the name), fields and macros.",
    fix: "**Fix:** extend the existing interface compatibly (a flags argument, optional fields, a size-versioned struct), or deprecate the old one in the same change and state the plan.",
    fixtures: {
      positive: [
        "parallel-interface-in-fork-is-error",
        "parallel-interface-c-sys-open-v2",
        "parallel-interface-proto-rpc-v2",
        "parallel-interface-ts-export-new"
      ],
      negative: [
        "parallel-interface-c-lseek64-replaces-removed-lseek-no-finding",
        "parallel-interface-proto-v2-package-replaces-v1-no-finding",
        "parallel-interface-ts-foo64-replaces-removed-foo-no-finding"
      ]
    }
  }
});

// src/detectors/fork/symbol-key.ts
var INTERFACE_KINDS = /* @__PURE__ */ new Set([
  "function",
  "struct",
  "union",
  "enum",
  "typedef",
  "message",
  "service",
  "rpc",
  "export",
  "class"
]);
function symbolKey(entry) {
  const bare = entry.name.replace(/^(struct|union|enum|class|message|service|rpc|function|typedef|interface|type)\s+/, "").replace(/\(.*\)$/, "").trim();
  const dot = bare.lastIndexOf(".");
  const colons = bare.lastIndexOf("::");
  const [scope, leaf] = colons > dot ? [bare.slice(0, colons), bare.slice(colons + 2)] : dot >= 0 ? [bare.slice(0, dot), bare.slice(dot + 1)] : ["", bare];
  return { family: familyOf(entry.path), scope, leaf };
}
function familyOf(path) {
  const ext = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  if (["h", "c", "hh", "hpp", "hxx", "cc", "cpp", "cxx"].includes(ext)) return "c";
  if (["ts", "tsx", "mts", "cts", "js", "mjs"].includes(ext)) return "ts";
  return ext;
}

// src/detectors/fork/variant-name.ts
var VARIANTS = [
  /^(.+?)_?[vV]([2-9]|\d{2,})$/,
  /^(.+?[^\d_])_?([2-9]|\d{2,})$/,
  /^(.+?)_(new|ex|NEW|EX)$/,
  /^(.+?[a-z0-9])(New|Ex)$/
];
function variantBases(name) {
  const bases = /* @__PURE__ */ new Set();
  for (const re of VARIANTS) {
    const m = re.exec(name);
    if (m && m[1].length >= 2) bases.add(m[1].replace(/_+$/, ""));
  }
  return [...bases];
}

// src/detectors/fork/parallel-interface.ts
var keyString = (k, leaf = k.leaf) => `${k.family}\0${k.scope}\0${leaf}`;
function parallelInterfaces(symbols, inFork) {
  const usable = (s) => INTERFACE_KINDS.has(s.kind);
  const before = new Set(symbols.before.filter(usable).map((s) => keyString(symbolKey(s))));
  const after = /* @__PURE__ */ new Map();
  for (const s of symbols.after.filter(usable)) {
    const key = keyString(symbolKey(s));
    if (!after.has(key)) after.set(key, s);
  }
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const entry of symbols.after.filter(usable)) {
    const key = symbolKey(entry);
    if (before.has(keyString(key)) || seen.has(keyString(key))) continue;
    const base = variantBases(key.leaf).map((b) => after.get(keyString(key, b))).find((s) => s !== void 0);
    if (!base) continue;
    seen.add(keyString(key));
    findings.push(
      finding(forkRules["fork/parallel-interface"], {
        path: entry.path,
        line: entry.line,
        symbol: entry.name,
        // in a fork, a parallel interface is divergence from upstream that must be carried; in
        // the project itself it is a design choice (libuv's `_ex` additions) to point out
        severity: inFork ? "error" : "warning",
        message: `${entry.name} is added beside ${base.name} (${base.path}:${base.line}), which stays: two versions of one interface that every user${inFork ? " and every rebase on upstream" : ""} must now carry. Extend ${base.name} compatibly (flags, optional fields, a size-versioned struct) or deprecate it in the same change.`
      })
    );
  }
  return findings;
}

// src/detectors/fork/count-lines.ts
function countChangedLines(hunks) {
  let added = 0;
  let removed = 0;
  for (const h of hunks) {
    for (const line of h.lines) {
      if (line.startsWith("+")) added++;
      else if (line.startsWith("-")) removed++;
    }
  }
  return { added, removed };
}

// src/detectors/fork/ownership.ts
init_glob();
var USUAL_VENDOR_DIRS = ["vendor", "third_party", "external"];
function vendoredTreeOf(path, config) {
  for (const [key, upstream] of Object.entries(config.fork.vendored)) {
    const dir = key.replace(/\/+$/, "");
    if (path.startsWith(`${dir}/`) || matchesAny(path, [key])) return { root: dir, upstream };
  }
  const segments = path.split("/");
  const at = segments.slice(0, -1).findIndex((s) => USUAL_VENDOR_DIRS.includes(s));
  return at === -1 ? void 0 : { root: segments.slice(0, at + 1).join("/") };
}
function isUpstreamOwned(path, config) {
  const fork = config.fork;
  return matchesAny(path, fork["upstream-paths"]) && !matchesAny(path, fork["local-paths"]) && !vendoredTreeOf(path, config);
}

// src/detectors/fork/try-apply.ts
var MAX_FUZZ = 2;
function tryApplyUpstream(upstream, hunks) {
  const patch = {
    oldFileName: "a",
    newFileName: "b",
    oldHeader: "",
    newHeader: "",
    hunks: hunks.map((h) => ({ ...h }))
  };
  for (let fuzz = 0; fuzz <= MAX_FUZZ; fuzz++) {
    if (applyPatch(upstream, patch, { fuzzFactor: fuzz }) !== false)
      return { applies: true, fuzz, offsets: offsetsOf(upstream, hunks) };
  }
  return { applies: false, fuzz: MAX_FUZZ, offsets: [] };
}
function offsetsOf(upstream, hunks) {
  const lines = upstream.split("\n");
  return hunks.map((h) => {
    const block = h.lines.filter((l) => l.startsWith(" ") || l.startsWith("-")).map((l) => l.slice(1));
    const expected = Math.max(0, h.oldStart - 1);
    if (block.length === 0) return 0;
    for (let d = 0; d < lines.length; d++) {
      for (const at of d === 0 ? [expected] : [expected - d, expected + d]) {
        if (at >= 0 && at + block.length <= lines.length && block.every((b, i) => lines[at + i] === b))
          return at - expected;
      }
    }
    return void 0;
  });
}

// src/detectors/fork/upstream-path.ts
function upstreamPathOf(pair) {
  return pair.status === "renamed" && pair.previousPath ? pair.previousPath : pair.path;
}

// src/detectors/fork/upstream-rules.ts
function upstreamFileRules(cs, config, checkBudget) {
  const upstreamName = cs.upstream ? `${cs.upstream.repo}@${cs.upstream.branch}` : config.fork.upstream ?? "upstream";
  const findings = [];
  const tally = { files: 0, added: 0, removed: 0 };
  for (const pair of cs.files) {
    checkBudget();
    const key = upstreamPathOf(pair);
    if (!isUpstreamOwned(key, config) || !isUpstreamOwned(pair.path, config)) continue;
    const upstream = cs.upstream?.files[key];
    if (pair.status === "added" && (upstream === null || upstream === void 0)) continue;
    if (upstream !== void 0 && (pair.status === "removed" ? upstream === null : pair.after !== null && pair.after === upstream))
      continue;
    const { added, removed } = countChangedLines(pair.hunks);
    tally.files++;
    tally.added += added;
    tally.removed += removed;
    const line = firstChangedLine(pair);
    const has = upstream === void 0 ? "upstream contents were not available" : upstream === null ? `${upstreamName} does not have this file` : `${upstreamName} has this file`;
    findings.push(
      finding(forkRules["fork/upstream-file-modified"], {
        path: pair.path,
        line,
        message: `Changes a file the upstream owns (+${added} \u2212${removed} lines; ${has}). Every such line must be carried across each upstream sync; send it upstream first, or say why it stays here.`
      })
    );
    if (typeof upstream === "string") {
      const applied = pair.status === "added" ? void 0 : pair.hunks.length > 0 ? tryApplyUpstream(upstream, pair.hunks) : void 0;
      const appliesOrNot = applyFinding(pair, line, upstreamName, applied);
      if (appliesOrNot) findings.push(appliesOrNot);
    }
  }
  return { findings, tally };
}
function applyFinding(pair, line, upstreamName, applied) {
  if (pair.status !== "added" && !applied) return void 0;
  const at = { path: pair.path, line };
  if (!applied || !applied.applies) {
    const why = pair.status === "added" ? "upstream already has a different file at this path" : `at least one hunk does not apply even with fuzz ${applied.fuzz}`;
    return finding(forkRules["fork/conflicts-upstream"], {
      ...at,
      message: `This change does not apply to ${upstreamName}: ${why}. Sending it upstream needs a rebase onto upstream's version first.`
    });
  }
  return finding(forkRules["fork/applies-upstream"], {
    ...at,
    message: `This change applies to ${upstreamName} ${howItApplies(applied)}, so it could be sent upstream as it is.`
  });
}
function howItApplies(r) {
  const moved = r.offsets.map((o, i) => o ? `hunk ${i + 1} at offset ${o > 0 ? "+" : ""}${o} lines` : void 0).filter(Boolean);
  const parts = [...moved, ...r.fuzz > 0 ? [`with fuzz ${r.fuzz}`] : []];
  return parts.length === 0 ? "cleanly" : `(${parts.join(", ")})`;
}

// src/detectors/fork/vendored-rules.ts
function vendoredRules(cs, config) {
  const findings = [];
  for (const pair of cs.files) {
    const tree = vendoredTreeOf(pair.path, config) ?? (pair.previousPath ? vendoredTreeOf(pair.previousPath, config) : void 0);
    if (!tree) continue;
    const { added, removed } = countChangedLines(pair.hunks);
    const from = tree.upstream ? ` (vendored from ${tree.upstream})` : "";
    findings.push(
      finding(forkRules["fork/vendored-code-modified"], {
        path: pair.path,
        line: firstChangedLine(pair),
        message: `Changes vendored code in ${tree.root}/${from} (+${added} \u2212${removed} lines). The next re-vendor silently drops it; fix it upstream and re-vendor, or record the local patch.`
      })
    );
  }
  return findings;
}

// src/detectors/fork/index.ts
var forkDetector = defineDetector({
  id: "fork",
  title: "Fork and upstream",
  analyzeChangeSet(cs, ctx) {
    const findings = [
      ...vendoredRules(cs, ctx.config),
      ...parallelInterfaces(ctx.symbols, Boolean(cs.upstream || ctx.config.fork.upstream))
    ];
    const sections = [];
    if (cs.upstream || ctx.config.fork.upstream) {
      const { findings: upstreamFindings, tally } = upstreamFileRules(cs, ctx.config, ctx.checkBudget);
      findings.push(...upstreamFindings);
      if (cs.files.length > 0) sections.push(divergenceSection(cs.upstream, ctx.config.fork.upstream, tally));
    }
    return { findings, parsed: true, sections };
  }
});

export {
  forkRules,
  parallelInterfaces,
  vendoredTreeOf,
  isUpstreamOwned,
  upstreamPathOf,
  forkDetector
};
