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
