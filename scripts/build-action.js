// Bundles the GitHub Action (src/action/index.ts) into dist/action/, the directory action.yml runs
// and this repository commits: the runner has no node_modules, so everything the Action loads at
// run time is here — the JavaScript (one ESM entry, plus chunks for what is imported lazily), the
// tree-sitter wasm files, and the TypeScript lib files the TS detector's checker reads.
//
//   node scripts/build-action.js [OUTDIR]      (default dist/action)
//   node scripts/build-action.js --check       (build to a temporary directory, compare with dist/action)
//
// The config schema's validator is generated here (ajv standalone code) rather than compiled at
// every start: ajv's compile was the largest single cost of the Action's start (configValidatorPlugin).
//
// The output is deterministic (no timestamps, no absolute paths), so CI rebuilds it and fails when
// the committed bundle differs (`npm run build:action:check`): any change to code the Action
// bundles (src/, dependencies) needs `npm run build:action` and dist/action in the same commit.
import { build } from "esbuild";
import { nodeEsmBundle } from "./node-esm-bundle.js";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const committed = join(root, "dist/action");
const check = process.argv[2] === "--check";
const outdir = check
  ? mkdtempSync(join(tmpdir(), "impactgate-action-check-"))
  : resolve(root, process.argv[2] ?? committed);
const require = createRequire(join(root, "package.json"));
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

/**
 * src/config/config-validator.ts swapped for the validator ajv generates from the same schema and
 * options (`standaloneCode`): the bundle then neither carries ajv's compiler nor runs it. The
 * generator is the source module itself, bundled on its own with dependencies left to
 * node_modules (so its ajv and this script's `_` are one copy); the generated code requires ajv's
 * small runtime helpers and the schema's formats, which esbuild bundles from src/config.
 */
async function configValidatorPlugin() {
  const generator = join(root, "node_modules/.cache/impactgate-build-action/config-validator.mjs");
  await build({
    absWorkingDir: root,
    stdin: {
      contents:
        'export { configAjv } from "./src/config/config-validator.ts";\nexport { configSchema } from "./src/config/schema.ts";\n',
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    packages: "external",
    format: "esm",
    platform: "node",
    outfile: generator,
    logLevel: "warning",
  });
  const { configAjv, configSchema } = await import(pathToFileURL(generator).href);
  const { _ } = require("ajv");
  const standaloneCode = require("ajv/dist/standalone").default;
  const ajv = configAjv({ code: { source: true, esm: true, formats: _`require("../engine/glob.ts").SCHEMA_FORMATS` } });
  const standalone = standaloneCode(ajv, ajv.compile(configSchema));
  const ns = "impactgate-generated";
  return {
    name: "config-validator",
    setup(b) {
      b.onResolve({ filter: /\/config-validator\.js$/ }, (args) =>
        args.importer.endsWith("validate-config.ts") ? { path: "config-validator", namespace: ns } : undefined,
      );
      b.onResolve({ filter: /^standalone-validate$/, namespace: ns }, () => ({
        path: "standalone-validate",
        namespace: ns,
      }));
      b.onLoad({ filter: /^config-validator$/, namespace: ns }, () => ({
        contents:
          'import validate from "standalone-validate";\n/** Generated at build time by scripts/build-action.js. */\nexport function compileConfigValidator() { return validate; }\n',
        loader: "js",
      }));
      b.onLoad({ filter: /^standalone-validate$/, namespace: ns }, () => ({
        contents: standalone,
        loader: "js",
        resolveDir: join(root, "src/config"),
      }));
    },
  };
}

await build({
  absWorkingDir: root,
  entryPoints: { index: "src/action/index.ts" },
  outdir,
  ...nodeEsmBundle,
  plugins: [await configValidatorPlugin()],
  define: { IMPACTGATE_VERSION: JSON.stringify(pkg.version) },
});

// The parsers' wasm, where the bundled code looks for it: beside the chunk that loads it.
const wasm = [
  require.resolve("web-tree-sitter/web-tree-sitter.wasm"),
  require.resolve("tree-sitter-c/tree-sitter-c.wasm"),
  require.resolve("tree-sitter-cpp/tree-sitter-cpp.wasm"),
];
for (const file of wasm) copyFileSync(file, join(outdir, file.split("/").pop()));

// The TypeScript lib closure the TS detector loads (src/detectors/ts/lib-files.ts), read the same way.
const ts = require("typescript");
const libDir = dirname(ts.getDefaultLibFilePath({}));
const queue = ["lib.es2022.full.d.ts"];
const libs = new Set();
while (queue.length) {
  const name = queue.pop();
  if (libs.has(name)) continue;
  libs.add(name);
  const text = readFileSync(join(libDir, name), "utf8");
  for (const ref of ts.preProcessFile(text, true, true).libReferenceDirectives)
    queue.push(`lib.${ref.fileName.toLowerCase()}.d.ts`);
}
for (const name of [...libs].sort()) copyFileSync(join(libDir, name), join(outdir, name));

writeFileSync(
  join(outdir, "README.md"),
  "Generated by `npm run build:action` from `src/action/` — do not edit. The GitHub Action (action.yml) runs `index.js`.\n",
);

if (check) {
  const names = (dir) => (existsSync(dir) ? readdirSync(dir).sort() : []);
  const all = [...new Set([...names(outdir), ...names(committed)])].sort();
  const stale = all.filter(
    (name) =>
      !existsSync(join(outdir, name)) ||
      !existsSync(join(committed, name)) ||
      !readFileSync(join(outdir, name)).equals(readFileSync(join(committed, name))),
  );
  rmSync(outdir, { recursive: true, force: true });
  if (stale.length > 0) {
    console.error(
      `dist/action is not what this source builds (${stale.join(", ")}): run \`npm run build:action\` and commit dist/action`,
    );
    process.exit(1);
  }
  console.log("dist/action is up to date");
}
