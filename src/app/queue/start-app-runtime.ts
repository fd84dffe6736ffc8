import type { ApplicationFunctionOptions, Probot } from "probot";
import { createReviewCache } from "../known/review-cache.js";
import { createMetrics } from "../ops/metrics.js";
import type { Metrics } from "../ops/metrics.js";
import { opsHandler } from "../ops/ops-handler.js";
import { startReconciler } from "../reconcile/start-reconciler.js";
import { connectRedis } from "./connect-redis.js";
import { inlineDispatch, queueDispatch } from "./dispatch.js";
import type { Dispatch } from "./dispatch.js";
import { createEmbeddedQueue } from "./embedded-queue.js";
import { gateRunner } from "./gate-runner.js";
import { reportRunner } from "./report-runner.js";
import { createRedisQueue } from "./redis-queue.js";
import { queueSettings } from "./queue-settings.js";
import type { ReviewQueue } from "./types.js";
import { openAnalysis } from "../../isolation/analysis-pool.js";

export interface AppRuntime {
  dispatch: Dispatch;
  metrics: Metrics;
  /** Absent in inline mode. */
  queue?: ReviewQueue;
  close(): Promise<void>;
}

/** The runtime of each loaded app: tests drain its queue; nothing else should need it. */
export const runtimes = new WeakMap<Probot, AppRuntime>();

/**
 * Everything around the handlers in the app process: the queue (embedded, or the Redis producer
 * when REDIS_URL is set), /healthz /readyz /metrics on Probot's server, reconciliation, and the
 * drain on SIGTERM.
 */
export function startAppRuntime(
  app: Probot,
  options: { addHandler?: ApplicationFunctionOptions["addHandler"]; env?: NodeJS.ProcessEnv } = {},
): AppRuntime {
  const env = options.env ?? process.env;
  const settings = queueSettings(env);
  const log = app.log.child({ name: "impactgate" });
  const metrics = createMetrics();
  const cache = createReviewCache();
  const auth = (id?: number) => app.auth(id);
  const redis = settings.mode === "redis" ? connectRedis(settings.redisUrl!) : undefined;
  // Reviews run here unless Redis workers take them: off this event loop, in analysis processes.
  const analysis = settings.mode === "redis" ? undefined : openAnalysis(env, { log, preload: true });
  const analyze = analysis?.analyze;
  const queue: ReviewQueue | undefined =
    settings.mode === "redis"
      ? createRedisQueue({ redis: redis!, log, metrics })
      : settings.mode === "embedded"
        ? createEmbeddedQueue({
            log,
            metrics,
            concurrency: settings.concurrency,
            reportConcurrency: settings.reportConcurrency,
            maxSize: settings.maxSize,
            run: gateRunner({ auth, log, metrics, cache, analyze }),
            runReport: reportRunner({ auth, log, metrics }),
          })
        : undefined;
  if (queue) metrics.watchQueue(() => queue.stats());
  try {
    options.addHandler?.(
      opsHandler({ metrics, readiness: queue && redis ? [{ name: "redis", check: () => queue.ping() }] : [] }),
    );
  } catch {
    // `probot.load()` without a server (tests, embedding): there is no HTTP server to mount on.
    log.debug("no Probot server: /healthz, /readyz and /metrics not mounted");
  }
  const reconciler =
    queue && settings.reconcileIntervalMs >= 0
      ? startReconciler({ auth, queue, log, redis, intervalMs: settings.reconcileIntervalMs })
      : undefined;

  const close = async () => {
    reconciler?.stop();
    await queue?.close({ drainMs: settings.drainMs });
    analysis?.close();
    redis?.disconnect();
  };
  if (queue && settings.handleSignals) {
    process.once("SIGTERM", () => {
      log.info("SIGTERM: draining the review queue");
      void close().finally(() => process.exit(0));
    });
  }
  const runtime: AppRuntime = {
    dispatch: queue ? queueDispatch(queue) : inlineDispatch(cache, analyze),
    metrics,
    queue,
    close,
  };
  runtimes.set(app, runtime);
  return runtime;
}
