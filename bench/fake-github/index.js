// @ts-check
/**
 * A GitHub-compatible API on loopback for end-to-end tests and benchmarks: the app runs as users
 * run it (`npm start` with GHE_HOST=127.0.0.1:<port>, GHE_PROTOCOL=http) and talks to this.
 * Every request is recorded ({ method, route, path, body, status }) for assertions and counts.
 *
 * Plain JS with JSDoc so bench scripts run it without a build; the .d.ts files next to it give
 * the TypeScript tests types and are generated (and the JS type-checked) with:
 *   npx tsc bench/fake-github/index.js --ignoreConfig --allowJs --checkJs --strict --declaration \
 *     --emitDeclarationOnly --module nodenext --moduleResolution nodenext --target es2022 \
 *     --skipLibCheck --types node --outDir bench/fake-github
 * (graphql*.d.ts are written by hand instead: generated, they spell out every resolver node.)
 * `POST /graphql` executes queries on GitHub's real schema (graphql.js).
 */
export { startFakeGitHub } from "./server.js";
export { memoryStore } from "./memory-store.js";
export { pullFiles } from "./pull-files.js";
export { sendWebhook } from "./send-webhook.js";
export { rawRequest } from "./raw-http.js";
export { executeGraphql, githubSchema } from "./graphql.js";
