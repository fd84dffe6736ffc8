import { createRequire as __igCreateRequire } from "node:module";
import { fileURLToPath as __igFileURLToPath } from "node:url";
const require = __igCreateRequire(import.meta.url);
const __filename = __igFileURLToPath(import.meta.url);
const __dirname = __igFileURLToPath(new URL(".", import.meta.url));
import {
  firstChangedLine,
  init_glob,
  matchesAny,
  require_picomatch
} from "./chunk-EWA356II.js";
import {
  defineDetector,
  defineRules,
  namedFinding,
  namedRuleId
} from "./chunk-IWR2HKIX.js";
import {
  __toESM
} from "./chunk-55E76ZND.js";

// src/detectors/watch/match-watch.ts
var import_picomatch = __toESM(require_picomatch(), 1);
init_glob();

// src/detectors/watch/symbol-forms.ts
function symbolForms(symbol) {
  const bare = normalizeSymbol(symbol);
  const parts = bare.split(/\.|::/);
  const forms = /* @__PURE__ */ new Set([bare, symbol.trim()]);
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j <= parts.length; j++) forms.add(parts.slice(i, j).join("."));
  }
  return [...forms].filter(Boolean);
}
function normalizeSymbol(symbol) {
  return symbol.trim().replace(/^(struct|union|enum|class|message|service|rpc|function|typedef|interface|type|field)\s+/, "").replace(/\(.*\)$/, "").replace(/::/g, ".").trim();
}

// src/detectors/watch/match-watch.ts
function matchWatch(entry, files, findings) {
  const patterns = entry.symbols.map(normalizeSymbol).filter(Boolean);
  const symbolMatch = patterns.length > 0 ? (0, import_picomatch.default)(patterns, { dot: true }) : void 0;
  const matchedFiles = entry.paths.length > 0 ? files.filter(
    (p) => matchesAny(p.path, entry.paths) || p.previousPath !== void 0 && matchesAny(p.previousPath, entry.paths)
  ) : [];
  const matchedPaths = new Set(matchedFiles.map((p) => p.path));
  return {
    findings: symbolMatch ? findings.filter((f) => f.symbol !== void 0 && symbolForms(f.symbol).some((form) => symbolMatch(form))) : [],
    files: matchedFiles,
    fileFindings: findings.filter((f) => matchedPaths.has(f.path))
  };
}

// src/detectors/watch/rule-specs.ts
var watchRules = defineRules("watch", {
  "watch/<name>": {
    category: "abi",
    severity: "notice",
    severityNote: "error with `require-ack`; the category is the matched finding's",
    summary: "A watch list in config (`watch: [{ name, paths, symbols, notify, require-ack }]`) matched a finding's symbol or a changed path.",
    why: "A file-level finding's symbol matches one of `symbols`, or a changed path (new or old) matches one of `paths`. Symbols match without kind words or parameters and by any dotted part: `kvm_run` and `struct kvm_run` match `struct kvm_run.flags`; `acme.billing.*` matches `acme.billing.Invoice` (picomatch globs). One finding per list, on the first match, with the category of the matched finding (`abi` for a path match with no finding on the file), so the statement for that category covers it. People who depend on an interface hear \"you broke stuff\" before the merge, not after the release.\n\n`notify` handles are mentioned **once** in the sticky comment's *Watch lists* section: later pushes show them in code spans (no notification), and a hidden `<!-- impactgate:watch-mentioned \u2026 -->` record carries who was mentioned. The app also requests their review (users, and teams of the repository's organisation; handles GitHub refuses are skipped). With `require-ack: true` the finding is an error, so the check stays `action_required` until one of them acknowledges (or a statement is written). Finding messages never contain `@`, so re-rendering never re-notifies.",
    fix: "**State it** in the category's statement, or ask one of the list's people to acknowledge (`/impactgate ack`).",
    fixtures: {
      positive: ["path-watched-notice", "proto-symbol-watched-require-ack"],
      negative: ["unwatched-change-is-silent"]
    }
  }
});

// src/detectors/watch/watch-finding.ts
var LISTED = 5;
function watchFinding(entry, match) {
  const anchor = match.findings[0] ?? match.fileFindings[0];
  const file = match.files[0];
  if (!anchor && !file) return void 0;
  const items = [.../* @__PURE__ */ new Set([...match.findings.map((f) => f.symbol), ...match.files.map((f) => f.path)])];
  const listed = items.slice(0, LISTED).join(", ") + (items.length > LISTED ? ` and ${items.length - LISTED} more` : "");
  const who = entry.notify.map((h) => h.replace(/^@/, "")).join(", ") || "nobody configured";
  const ack = entry["require-ack"] ? " One of them must acknowledge this change (or state it in the description)." : "";
  return namedFinding(watchRules["watch/<name>"], entry.name, {
    category: anchor?.category ?? "abi",
    severity: entry["require-ack"] ? "error" : "notice",
    path: anchor?.path ?? file.path,
    line: anchor?.line ?? firstChangedLine(file),
    symbol: anchor?.symbol,
    message: `Watched by "${entry.name}" (${who}): this PR touches ${listed}.${ack}`
  });
}

// src/detectors/watch/watch-mentions.ts
var MARKER = /<!-- impactgate:watch-mentioned([^>]*)-->/;
function mentionedHandles(commentBody) {
  const m = commentBody ? MARKER.exec(commentBody) : null;
  return new Set(
    (m?.[1] ?? "").split(/\s+/).filter(Boolean).map((h) => `@${h.replace(/^@/, "").toLowerCase()}`)
  );
}
function watchMentionSection({ findings, config, previousBody }) {
  const already = mentionedHandles(previousBody);
  const fired = new Set(findings.map((f) => f.ruleId));
  const idOf = (name) => namedRuleId(watchRules["watch/<name>"], name);
  const entries = config.watch.filter((w) => fired.has(idOf(w.name)));
  const newly = [];
  const lines = [];
  for (const entry of entries) {
    const handles = entry.notify.map((h) => h.startsWith("@") ? h : `@${h}`);
    const shown = handles.map((h) => {
      const key = h.toLowerCase();
      if (already.has(key) || newly.some((n) => n.toLowerCase() === key)) return `\`${h}\``;
      newly.push(h);
      return h;
    });
    const ack = entry["require-ack"] ? " \u2014 acknowledgement required" : "";
    lines.push(`- **${entry.name}** (\`${idOf(entry.name)}\`${ack}): ${shown.join(" ") || "no one to notify"}`);
  }
  const all = [...already, ...newly.map((h) => h.toLowerCase())].sort();
  if (lines.length === 0 && all.length === 0) return { newlyMentioned: [] };
  const marker = `<!-- impactgate:watch-mentioned ${all.map((h) => h.slice(1)).join(" ")} -->`;
  const body = lines.length > 0 ? lines.join("\n") : "No watch list matches this revision.";
  return { section: { title: "Watch lists", markdown: `${marker}
${body}` }, newlyMentioned: newly };
}

// src/detectors/watch/index.ts
var watchDetector = defineDetector({
  id: "watch",
  title: "Watch lists",
  analyzeChangeSet(cs, ctx) {
    const findings = [];
    for (const entry of ctx.config.watch) {
      ctx.checkBudget();
      const finding = watchFinding(entry, matchWatch(entry, cs.files, ctx.findings));
      if (finding) findings.push(finding);
    }
    return { findings, parsed: true };
  }
});

export {
  watchRules,
  mentionedHandles,
  watchMentionSection,
  watchDetector
};
