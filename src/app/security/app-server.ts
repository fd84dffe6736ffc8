import { getPrivateKey } from "@probot/get-private-key";
import { Probot, Server, run } from "probot";
import impactgate from "../index.js";
import { pacedProbotOctokit } from "../request-pacing.js";
import { redactedLogger } from "./redacted-logger.js";
import { webhookIntake } from "./webhook-intake.js";
import type { ApplicationFunction } from "probot";
import type { Logger } from "pino";
import type { NodeHandler } from "./webhook-intake.js";

const DEFAULT_WEBHOOK_PATH = "/api/github/webhooks";

export interface AppServerOptions {
  /** Tests pass a logger that keeps its lines; `npm start` logs JSON lines to stdout. */
  log?: Logger;
  /** The app to serve: Impactgate, or a probe app in tests. */
  app?: ApplicationFunction;
  /** Bytes a webhook body may have (GitHub's 25 MB by default). */
  maxWebhookBytes?: number;
}

/**
 * What `npm start` runs: Probot's server with the same environment as `probot run` (APP_ID,
 * PRIVATE_KEY[_PATH], WEBHOOK_SECRET, PORT, HOST, WEBHOOK_PATH, GHE_HOST/GHE_PROTOCOL, REDIS_URL,
 * WEBHOOK_PROXY_URL), with two differences `probot run` cannot be told: a logger that redacts
 * secrets, and the webhook intake (size caps and the signature checked before Probot reads a
 * body). The server is built here rather than by `run()` because `run()` takes no Probot class,
 * and the intake has to wrap Probot's own middleware, which the server puts first. Without
 * credentials it falls back to `run()`, whose setup mode registers the app (the manifest flow).
 */
export async function startAppServer(env: NodeJS.ProcessEnv, options: AppServerOptions = {}): Promise<Server> {
  const privateKey = getPrivateKey({ env }) ?? undefined;
  const log =
    options.log ??
    redactedLogger([privateKey, env.WEBHOOK_SECRET, env.GITHUB_TOKEN], { level: env.LOG_LEVEL ?? "info" });
  const app = options.app ?? impactgate;
  const appId = Number(env.APP_ID);
  if (!appId || !privateKey) return run(app, { log, env });
  const secret = env.WEBHOOK_SECRET ?? "development"; // Probot's own default (it refuses that in production)
  const webhookPath = env.WEBHOOK_PATH || DEFAULT_WEBHOOK_PATH;
  const intake = { path: webhookPath, secret, log: log.child({ name: "webhooks" }), maxBytes: options.maxWebhookBytes };
  /** Probot whose webhook middleware is the intake in front of Probot's own. */
  class GuardedProbot extends Probot.defaults({
    appId,
    privateKey,
    secret,
    log,
    redisConfig: env.REDIS_URL,
    // Writes one second apart per installation (in Redis with REDIS_URL); GraphQL queries beside them.
    Octokit: pacedProbotOctokit(),
    baseUrl: env.GHE_HOST ? `${env.GHE_PROTOCOL || "https"}://${env.GHE_HOST}/api/v3` : "https://api.github.com",
  }) {
    override async getNodeMiddleware(options?: Parameters<Probot["getNodeMiddleware"]>[0]) {
      const inner = (await super.getNodeMiddleware(options)) as NodeHandler;
      return webhookIntake(inner, intake) as Awaited<ReturnType<Probot["getNodeMiddleware"]>>;
    }
  }
  const server = new Server({
    Probot: GuardedProbot as typeof Probot,
    host: env.HOST,
    port: Number(env.PORT) || 3000,
    webhookPath,
    webhookProxy: env.WEBHOOK_PROXY_URL,
    log,
  });
  await server.load(app);
  await server.start();
  return server;
}
