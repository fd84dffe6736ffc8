export { startFakeGitHub } from "./server.js";
export { memoryStore } from "./memory-store.js";
export { pullFiles } from "./pull-files.js";
export { sendWebhook } from "./send-webhook.js";
export { rawRequest } from "./raw-http.js";
export { executeGraphql, githubSchema } from "./graphql.js";
