/**
 * Runs reviews of one pull request one after another within this process. GitHub often sends two
 * events for a PR at once (opened + labeled, a redelivery); run together, both would find no check
 * run and create two. Serialised, the second finds the first's run and known findings.
 * Across replicas the queue (issue 7) does this job.
 */
export function createPrLock() {
  const tails = new Map<string, Promise<unknown>>();
  return async function withPrLock<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = tails.get(key) ?? Promise.resolve();
    const run = previous.then(work, work);
    const tail = run.catch(() => undefined);
    tails.set(key, tail);
    try {
      return await run;
    } finally {
      if (tails.get(key) === tail) tails.delete(key);
    }
  };
}

export type PrLock = ReturnType<typeof createPrLock>;
