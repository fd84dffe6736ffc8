/** Redis key names outside BullMQ's own, under one prefix so several apps can share a Redis. */
export function redisKeys(prefix = "impactgate") {
  return {
    queueName: "reviews",
    /** Comment and label writes after a verdict: a queue of their own, so they never take a review slot. */
    reportQueueName: "reports",
    bullPrefix: `${prefix}:bull`,
    /** SET NX per X-GitHub-Delivery: a redelivered or replayed webhook is processed once. */
    delivery: (id: string) => `${prefix}:delivery:${id}`,
    /** The newest job id per PR: older waiting jobs for the PR are skipped as superseded. */
    latest: (pk: string) => `${prefix}:latest:${pk}`,
    /** The newest report job id per PR: an older waiting report is skipped as superseded. */
    latestReport: (pk: string) => `${prefix}:latest-report:${pk}`,
    /** Held by the report job writing a PR's comment: two at once could both create it. */
    reportLock: (pk: string) => `${prefix}:report-lock:${pk}`,
    /** Epoch ms when a report of the PR last ended: a plan older than that read stale comments. */
    reportEnded: (pk: string) => `${prefix}:report-ended:${pk}`,
    /** The reconciliation lock: one replica reconciles at a time. */
    reconcileLock: `${prefix}:reconcile-lock`,
  };
}

export type RedisKeys = ReturnType<typeof redisKeys>;
