import { defineRules } from "../../engine/rule.js";

/** The generic rule: any change to an interface file, until a semantic detector says more. */
export const interfaceRules = defineRules("interface", {
  "interface/changed": {
    category: "abi",
    severity: "error",
    summary:
      "A file matching `interfaces.include` (and not `interfaces.exclude`) was added, changed, removed or " +
      "renamed.",
    why:
      "Defaults: `include/uapi/**`, `**/*.h`, `**/*.hpp`, `**/*.proto`, `**/*.d.ts`. Users compile or generate " +
      "code against these files. When a semantic detector (C, protobuf, TypeScript) understands the file, its " +
      "precise findings replace this one.",
    fix: "**State it:** say under `## ABI impact` what changed for users of the interface.",
    fixtures: { positive: ["uapi-non-header-file-changed"], negative: ["non-interface-file-ignored"] },
  },
});
