/**
 * The queue settings from the environment and everything around the handlers in the app process.
 */
import type { ApplicationFunctionOptions, Probot } from "probot";
import { createReviewCache } from "../known/review-cache.js";
import { createMetrics } from "../ops/metrics.js";
import type { Metrics } from "../ops/metrics.js";
import { opsHandler } from "../ops/ops-handler.js";
import { startReconciler } from "../reconcile/start-reconciler.js";
import { connectRedis, createRedisQueue } from "./redis-queue.js";
import { inlineDispatch, queueDispatch } from "./dispatch.js";
import type { Dispatch } from "./dispatch.js";
import { createEmbeddedQueue } from "./embedded-queue.js";
import { gateRunner, reportRunner } from "./job-runners.js";
import type { ReviewQueue } from "./types.js";
import { openAnalysis } from "../../isolation/analysis-pool.js";

/** Queue knobs from the environment; every one documented in docs/deploy.md. */
export interface QueueSettings {
  /** inline: review in the webhook handler (tests, replays); embedded: in-process queue; redis: BullMQ. */
  mode: "inline" | "embedded" | "redis";
  redisUrl?: string;
  concurrency: number;
  /** Report jobs (comment and labels after a verdict) at once, in their own pool. */
  reportConcurrency: number;
  maxSize: number;
  drainMs: number;
  /** -1 disables reconciliation; 0 runs it once at start. */
  reconcileIntervalMs: number;
  handleSignals: boolean;
}

function num(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && value !== "" && Number.isFinite(n) ? n : fallback;
}

export function queueSettings(env: NodeJS.ProcessEnv): QueueSettings {
  const asked = env.IMPACTGATE_QUEUE;
  // Jest sets NODE_ENV=test: handler tests expect the review done when the delivery returns.
  const mode =
    asked === "inline" || asked === "embedded"
      ? asked
      : env.REDIS_URL
        ? "redis"
        : env.NODE_ENV === "test"
          ? "inline"
          : "embedded";
  return {
    mode,
    redisUrl: env.REDIS_URL,
    // Reviews mostly wait on GitHub; 8 in flight let the write lane put all their verdicts first.
    concurrency: num(env.IMPACTGATE_CONCURRENCY, 8),
    reportConcurrency: num(env.IMPACTGATE_REPORT_CONCURRENCY, num(env.IMPACTGATE_CONCURRENCY, 8)),
    maxSize: num(env.IMPACTGATE_QUEUE_SIZE, 1000),
    drainMs: num(env.IMPACTGATE_DRAIN_MS, 25_000),
    reconcileIntervalMs: num(env.IMPACTGATE_RECONCILE_INTERVAL_MS, env.NODE_ENV === "test" ? -1 : 15 * 60_000),
    handleSignals: env.NODE_ENV !== "test",
  };
}

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
  const analysis =
    settings.mode === "redis"
      ? undefined
      : openAnalysis(env, { log, preload: true, onStopped: metrics.countAnalysisStop });
  if (analysis?.pool) metrics.watchAnalysis(analysis.pool.stats);
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
