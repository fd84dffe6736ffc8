// The TypeScript compiler, loaded through `require` from this small CommonJS module. Imported
// directly from an ES module, Node 20 first scans the compiler's whole 9 MB text for its named
// exports (cjs-module-lexer) and then compiles it again as CommonJS, which doubles the cost of
// loading it (≈0.9 s → ≈0.45 s of CPU, measured with `node -e`). Types are unchanged: this
// module's `export =` is the compiler's own namespace, so `ts.Node` etc. still resolve.
import { setFlagsFromString } from "node:v8";

/**
 * V8 recompiles a JavaScript function with its optimising compiler (TurboFan) once the function
 * has run through its "interrupt budget" of bytecode a few times (67,584 bytes by default). The
 * compiler's parser, binder and checker are hundreds of large functions that all get there within
 * the first package a process compares, and on one core optimising them cost more CPU than it
 * saved there (`--no-opt` alone made the first `@types/node` review ≈ 15% cheaper, warm ones 25%
 * dearer). About fifteen times the budget lets the first review run longer in the baseline code
 * while the functions that stay hot are still optimised, later: pinned to one core, the first
 * `@types/node` review −23%, warm reviews and the TS corpus no dearer; the first checker question
 * of a process ≈ 0.05 s dearer (docs/performance.md, "The first TypeScript review in a process").
 * Set before the compiler is loaded, once per process; an explicit `--interrupt-budget` wins.
 */
const INTERRUPT_BUDGET = 1_000_000;
if (!process.execArgv.some((a) => a.startsWith("--interrupt-budget")))
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);

import ts = require("typescript");
export = ts;
