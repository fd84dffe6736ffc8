import { readFileSync } from "node:fs";
import { run } from "probot";
import impactgate from "../index.js";
import { redactedLogger } from "./redacted-logger.js";

/**
 * `npm start`: Probot's `run` with a logger that redacts secrets (Probot's own logger has no
 * `redact`). JSON lines on stdout, as Probot writes with LOG_FORMAT=json.
 */
const env = process.env;
const key = env.PRIVATE_KEY ?? (env.PRIVATE_KEY_PATH ? readFileSync(env.PRIVATE_KEY_PATH, "utf8") : undefined);
const log = redactedLogger([key, env.WEBHOOK_SECRET, env.GITHUB_TOKEN], { level: env.LOG_LEVEL ?? "info" });
await run(impactgate, { log });
