import { createRequire as __igCreateRequire } from "node:module";
import { fileURLToPath as __igFileURLToPath } from "node:url";
const require = __igCreateRequire(import.meta.url);
const __filename = __igFileURLToPath(import.meta.url);
const __dirname = __igFileURLToPath(new URL(".", import.meta.url));
import {
  matchesAny
} from "./chunk-Q4YYWYEA.js";
import {
  defineDetector,
  defineRules,
  finding
} from "./chunk-Q4TXYATH.js";

// src/detectors/interface/rule-specs.ts
var interfaceRules = defineRules("interface", {
  "interface/changed": {
    category: "abi",
    severity: "error",
    summary: "A file matching `interfaces.include` (and not `interfaces.exclude`) was added, changed, removed or renamed.",
    why: "Defaults: `include/uapi/**`, `**/*.h`, `**/*.hpp`, `**/*.proto`, `**/*.d.ts`. Users compile or generate code against these files. When a semantic detector (C, protobuf, TypeScript) understands the file, its precise findings replace this one.",
    fix: "**State it:** say under `## ABI impact` what changed for users of the interface.",
    fixtures: { positive: ["uapi-non-header-file-changed"], negative: ["non-interface-file-ignored"] }
  }
});

// src/detectors/interface/index.ts
function isInterfacePath(path, config) {
  return matchesAny(path, config.interfaces.include) && !matchesAny(path, config.interfaces.exclude);
}
function firstChangedLine(pair) {
  if (pair.status === "removed" || pair.status === "added") return 1;
  for (const hunk of pair.hunks) {
    let newLine = hunk.newStart;
    for (const raw of hunk.lines) {
      if (raw.startsWith("+") || raw.startsWith("-")) return Math.max(1, newLine);
      if (!raw.startsWith("\\")) newLine++;
    }
  }
  return 1;
}
var VERBS = { added: "added", modified: "changed", removed: "removed", renamed: "renamed" };
var interfaceDetector = defineDetector({
  id: "interface",
  title: "Interface files",
  appliesTo: isInterfacePath,
  analyze(pair) {
    const moved = pair.status === "renamed" && pair.previousPath ? ` (was ${pair.previousPath})` : "";
    const changed = finding(interfaceRules["interface/changed"], {
      path: pair.path,
      line: firstChangedLine(pair),
      message: `Interface file ${VERBS[pair.status]}${moved}: ${pair.path}`
    });
    return { findings: [changed], parsed: false };
  }
});

export {
  interfaceRules,
  isInterfacePath,
  firstChangedLine,
  interfaceDetector
};
