// esbuild options the two bundles share: the Action's (scripts/build-action.js) and the CLI's
// (scripts/build-cli.js). Both are ES modules for Node 20 split into an entry plus chunks for what
// is imported lazily (a detector, a parser), so a run loads only the chunks it uses.
export const nodeEsmBundle = {
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  chunkNames: "chunk-[hash]",
  legalComments: "none",
  logLevel: "warning",
  // CommonJS dependencies (typescript, ajv, yaml…) inside an ES module still ask for require,
  // __filename and __dirname: give them this file's, so `ts.getDefaultLibFilePath()` is this directory
  banner: {
    js: [
      'import { createRequire as __igCreateRequire } from "node:module";',
      'import { fileURLToPath as __igFileURLToPath } from "node:url";',
      "const require = __igCreateRequire(import.meta.url);",
      "const __filename = __igFileURLToPath(import.meta.url);",
      'const __dirname = __igFileURLToPath(new URL(".", import.meta.url));',
    ].join("\n"),
  },
};
