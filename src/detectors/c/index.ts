import { defineDetector } from "../../engine/define-detector.js";
import { isHeaderPath } from "./applies.js";
import { headerVisibility } from "./public-headers.js";
import { finish, prepare } from "./compare.js";
import { loadGrammars } from "./language.js";
import { compareEnums } from "./rules/enum.js";
import { compareFunctions } from "./rules/function.js";
import { compareMacros } from "./rules/macro.js";
import { compareRecords } from "./rules/struct.js";
import { compareTypedefs } from "./rules/typedef.js";

/**
 * C header ABI detector: parses both versions with tree-sitter, resolves layouts under LP64 and
 * ILP32 and constant values, and compares structs, enums, functions, globals, typedefs and
 * macros (ioctl numbers included). C++ classes are the cpp detector's.
 */
export const cDetector = defineDetector({
  id: "c",
  title: "C headers",
  init: loadGrammars,
  appliesTo: isHeaderPath,
  analyze(pair, ctx) {
    if (pair.skipped) return { findings: [], parsed: false };
    // Not interface (a test, a header the build does not install): understood, nothing to report.
    if (!headerVisibility(pair.path, ctx.changeSet, ctx.config).public) return { findings: [], parsed: true };
    const prepared = prepare(pair, ctx, true);
    if (!prepared) return { findings: [], parsed: true };
    const { cmp, out, unchanged } = prepared;
    if (pair.after === null || unchanged) return out;
    compareRecords(cmp, false);
    compareEnums(cmp);
    compareFunctions(cmp);
    compareTypedefs(cmp);
    compareMacros(cmp);
    finish(cmp, ctx);
    return out;
  },
});
