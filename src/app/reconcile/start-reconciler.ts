import { randomBytes } from "node:crypto";
import { redisKeys } from "../queue/redis-queue.js";
import { reconcile } from "./reconcile.js";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { ReconcileOptions } from "./reconcile.js";

// Delete the lock only if we still hold it: an expired lock may belong to another replica now.
const RELEASE = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;

/**
 * Runs `fn` only if this process gets the lock (`SET key token NX PX ttl`); others skip. The TTL
 * frees the lock if the holder dies mid-run. Returns undefined when another replica holds it.
 */
export async function withRedisLock<T>(
  redis: Redis,
  key: string,
  ttlMs: number,
  fn: () => Promise<T>,
): Promise<T | undefined> {
  const token = randomBytes(12).toString("hex");
  if ((await redis.set(key, token, "PX", ttlMs, "NX")) !== "OK") return undefined;
  try {
    return await fn();
  } finally {
    await redis.eval(RELEASE, 1, key, token).catch(() => undefined);
  }
}

export interface ReconcilerOptions extends Omit<ReconcileOptions, "now"> {
  /** With Redis, a lock makes one replica reconcile at a time. */
  redis?: Redis;
  prefix?: string;
  /** Default 15 minutes; 0 runs once at start only. */
  intervalMs?: number;
  log: Logger;
}

/** Reconciles once at start (after `delayMs`, so the server is up first) and then every interval. */
export function startReconciler(options: ReconcilerOptions & { delayMs?: number }): {
  stop(): void;
  runNow(): Promise<void>;
} {
  const { redis, log, intervalMs = 15 * 60_000, delayMs = 5000 } = options;
  const lockKey = redisKeys(options.prefix).reconcileLock;
  let running: Promise<void> | undefined;

  const runNow = (): Promise<void> => {
    running ??= (async () => {
      try {
        const run = () => reconcile(options);
        const done = redis ? await withRedisLock(redis, lockKey, Math.max(intervalMs, 60_000), run) : await run();
        if (done === undefined) log.debug("another replica is reconciling");
      } catch (err) {
        log.error({ err }, "reconciliation failed; next interval tries again");
      } finally {
        running = undefined;
      }
    })();
    return running;
  };

  const first = setTimeout(runNow, delayMs);
  first.unref();
  const every = intervalMs > 0 ? setInterval(runNow, intervalMs) : undefined;
  every?.unref();
  return {
    runNow,
    stop() {
      clearTimeout(first);
      if (every) clearInterval(every);
    },
  };
}
