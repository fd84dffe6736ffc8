/** Jest runs the TypeScript sources directly through SWC (ESM); type checking is `npm run typecheck`. */
export default {
  testEnvironment: "node",
  extensionsToTreatAsEsm: [".ts"],
  transform: {
    "^.+\\.ts$": [
      "@swc/jest",
      { jsc: { target: "es2022", parser: { syntax: "typescript" } }, module: { type: "es6" } },
    ],
    // the CommonJS module that loads the TypeScript compiler (src/detectors/ts/typescript.cts)
    "^.+\\.cts$": [
      "@swc/jest",
      { jsc: { target: "es2022", parser: { syntax: "typescript" } }, module: { type: "commonjs" } },
    ],
  },
  moduleFileExtensions: ["ts", "cts", "js", "cjs", "mjs", "json"],
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1", "^(\\.{1,2}/(?:.*/)?typescript)\\.cjs$": "$1.cts" },
  testMatch: ["<rootDir>/test/**/*.test.ts"],
  // fixtures hold deliberately broken package.json files; keep them out of the module map
  modulePathIgnorePatterns: ["<rootDir>/fixtures", "<rootDir>/lib"],
  setupFilesAfterEnv: ["<rootDir>/test/setup.ts"],
  // generous: a loaded 2-core machine runs an app test 10× slower; no test asserts time
  testTimeout: 180000,
  maxWorkers: 2,
};
