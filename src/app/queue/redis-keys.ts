/** Redis key names outside BullMQ's own, under one prefix so several apps can share a Redis. */
export function redisKeys(prefix = "impactgate") {
  return {
    queueName: "reviews",
    bullPrefix: `${prefix}:bull`,
    /** SET NX per X-GitHub-Delivery: a redelivered or replayed webhook is processed once. */
    delivery: (id: string) => `${prefix}:delivery:${id}`,
    /** The newest job id per PR: older waiting jobs for the PR are skipped as superseded. */
    latest: (pk: string) => `${prefix}:latest:${pk}`,
    /** The reconciliation lock: one replica reconciles at a time. */
    reconcileLock: `${prefix}:reconcile-lock`,
  };
}

export type RedisKeys = ReturnType<typeof redisKeys>;
