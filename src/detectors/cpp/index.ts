import { defineDetector } from "../../engine/define-detector.js";
import { isHeaderPath } from "../c/applies.js";
import { headerVisibility } from "../c/public-headers.js";
import { prepare } from "../c/compare.js";
import { loadGrammars } from "../c/language.js";
import { compareRecords } from "../c/rules/struct.js";
import { compareClasses } from "./class-rules.js";

/**
 * C++ header ABI detector: classes (bases, vtable order, methods, fields). It shares the c
 * detector's parse (cached) and leaves C declarations to it; a file without C++ gives nothing.
 */
export const cppDetector = defineDetector({
  id: "cpp",
  title: "C++ headers",
  init: loadGrammars,
  appliesTo: isHeaderPath,
  analyze(pair, ctx) {
    if (pair.skipped || pair.after === null) return { findings: [], parsed: false };
    if (!headerVisibility(pair.path, ctx.changeSet, ctx.config).public) return { findings: [], parsed: false };
    const prepared = prepare(pair, ctx, false);
    if (!prepared) return { findings: [], parsed: false };
    const { cmp, unchanged } = prepared;
    if (cmp.before.model.language !== "cpp" && cmp.after.model.language !== "cpp")
      return { findings: [], parsed: false };
    if (unchanged) return { findings: [], parsed: true, sections: [] };
    compareRecords(cmp, true);
    compareClasses(cmp);
    return { findings: cmp.findings, parsed: true, sections: cmp.sections };
  },
});
