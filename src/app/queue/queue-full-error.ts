/** The embedded queue stayed full for the whole enqueue wait; the caller answers 503. */
export class QueueFullError extends Error {
  constructor(readonly maxSize: number) {
    super(`review queue is full (${maxSize} waiting); reconciliation will pick the PR up later`);
    this.name = "QueueFullError";
  }
}
