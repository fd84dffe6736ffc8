/** A set whose members are forgotten after `ttlMs`; bounded so a flood cannot grow it forever. */
export class ExpiringSet {
  readonly #expiry = new Map<string, number>();

  constructor(
    readonly ttlMs: number,
    readonly maxSize = 100_000,
  ) {}

  /** Adds `key`; false when it was already there (like Redis `SET NX`). */
  addIfAbsent(key: string, now = Date.now()): boolean {
    const until = this.#expiry.get(key);
    if (until !== undefined && until > now) return false;
    this.#expiry.delete(key);
    this.#expiry.set(key, now + this.ttlMs);
    this.#evict(now);
    return true;
  }

  has(key: string, now = Date.now()): boolean {
    return (this.#expiry.get(key) ?? 0) > now;
  }

  delete(key: string): void {
    this.#expiry.delete(key);
  }

  #evict(now: number): void {
    // Map keeps insertion order, so the oldest entries come first.
    for (const [key, until] of this.#expiry) {
      if (until > now && this.#expiry.size <= this.maxSize) break;
      this.#expiry.delete(key);
    }
  }
}
