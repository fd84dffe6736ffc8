// Bundles the CLI that `tsc` just built (lib/cli/main.js, and lib/isolation/analysis-child.js, the
// entry of its analysis processes) into lib/bundle/, which bin/impactgate.js runs. Part of
// `npm run build` and `prepare`, after tsc:
//
//   node scripts/build-cli.js [LIBDIR]     (default lib; the bundle goes to LIBDIR/bundle)
//
// Why (issue 15): Node's ES module loader resolves, reads and compiles each file on its own, and
// `impactgate diff` of one small header pair loaded ~300 of them (our modules, markdown-it, parse5,
// diff, yaml…) — a quarter of its CPU. One entry plus chunks for what is imported lazily keeps the
// lazy loading (`--version` still loads no detector) at a fraction of the files.
//
// Left outside the bundle, loaded from node_modules as before: the three parsers (web-tree-sitter
// finds its wasm beside itself, the TypeScript compiler its lib files; both load only when their
// files are in the change) and the app behind `impactgate worker` (Probot, BullMQ's Lua scripts),
// which runs from lib/app. bin/impactgate.js falls back to lib/cli when this bundle is older than
// lib/cli/main.js (a bare `tsc` since), so a stale bundle never runs.
import { build } from "esbuild";
import { readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { nodeEsmBundle } from "./node-esm-bundle.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const lib = resolve(root, process.argv[2] ?? "lib");
const outdir = join(lib, "bundle");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  // analysis-pool.ts starts `./analysis-child.js` beside its own module: in the bundle, this entry.
  entryPoints: { main: join(lib, "cli/main.js"), "analysis-child": join(lib, "isolation/analysis-child.js") },
  outdir,
  ...nodeEsmBundle,
  external: ["web-tree-sitter", "typescript", "protobufjs", "ajv"],
  plugins: [
    {
      name: "app-outside",
      setup(b) {
        // lib/bundle/../app/worker.js is lib/app/worker.js, where tsc built it.
        b.onResolve({ filter: /^\.\.\/app\// }, (args) =>
          args.importer.startsWith(join(lib, "cli/")) ? { path: args.path, external: true } : undefined,
        );
        // One UserError class for both: main tells the worker's user errors (no REDIS_URL) from
        // internal ones by `instanceof`.
        b.onResolve({ filter: /\/engine\/user-error\.js$/ }, () => ({
          path: "../engine/user-error.js",
          external: true,
        }));
      },
    },
  ],
  // lib/version.js reads ../package.json beside itself; from lib/bundle that is not the package's.
  define: { IMPACTGATE_VERSION: JSON.stringify(pkg.version) },
});
