import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";

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
