// The TypeScript compiler, loaded through `require` from this small CommonJS module. Imported
// directly from an ES module, Node 20 first scans the compiler's whole 9 MB text for its named
// exports (cjs-module-lexer) and then compiles it again as CommonJS, which doubles the cost of
// loading it (≈0.9 s → ≈0.45 s of CPU, measured with `node -e`). Types are unchanged: this
// module's `export =` is the compiler's own namespace, so `ts.Node` etc. still resolve.
import ts = require("typescript");
export = ts;
