/**
 * Runs reviews of one pull request one after another within this process. GitHub often sends two
 * events for a PR at once (opened + labeled, a redelivery); run together, both would find no check
 * run and create two. Serialised, the second finds the first's run and known findings.
 * Across replicas the queue (issue 7) does this job.
 *
 * The lock also knows which heads wait behind the running review: a review of another head
 * waiting means a push arrived meanwhile, which is what the stale-head guard asks about.
 */
export function createPrLock() {
  const tails = new Map<string, Promise<unknown>>();
  /** Per key, the head SHA of each call that has not started yet. */
  const waiting = new Map<string, string[]>();

  async function withPrLock<T>(key: string, head: string, work: () => Promise<T>): Promise<T> {
    const heads = waiting.get(key) ?? [];
    heads.push(head);
    waiting.set(key, heads);
    const start = () => {
      heads.splice(heads.indexOf(head), 1);
      if (heads.length === 0 && waiting.get(key) === heads) waiting.delete(key);
      return work();
    };
    const previous = tails.get(key) ?? Promise.resolve();
    const run = previous.then(start, start);
    const tail = run.catch(() => undefined);
    tails.set(key, tail);
    try {
      return await run;
    } finally {
      if (tails.get(key) === tail) tails.delete(key);
    }
  }

  /** Whether a call for `key` with a head other than `head` is waiting for the lock. */
  withPrLock.otherHeadWaiting = (key: string, head: string): boolean =>
    (waiting.get(key) ?? []).some((h) => h !== head);

  return withPrLock;
}

export type PrLock = ReturnType<typeof createPrLock>;
