import type { Octokit } from "../octokit.js";

/**
 * Lower goes first: 0 what the verdict waits on (review query, check run), 1 a review's other
 * writes, 2 a report job's comment, review requests and labels (held while verdicts are due).
 */
export type WritePriority = 0 | 1 | 2;

interface Waiter {
  priority: WritePriority;
  seq: number;
  /** When it was scheduled: a comment or label is held at most `holdMs` for verdicts to come. */
  at: number;
  start: () => void;
}

interface Lane {
  busy: boolean;
  last: number;
  waiting: Waiter[];
  /** Reviews of the installation running in this process: each still has verdict writes to make. */
  reviews: number;
  holdTimer?: NodeJS.Timeout;
}

/**
 * Orders an installation's writes before they reach Probot's throttle: one is released every
 * `gapMs` (Probot's write pace), highest priority first. Probot's limiters are first-come,
 * first-served, so 20 PRs' comments and labels would otherwise delay the 20th verdict by 40
 * writes. A write is released, not awaited: one held in Probot's 3 s comment limiter must not
 * block the next verdict. While a review of the installation runs (`reviewing`), report jobs'
 * writes (priority 2) are held for up to `holdMs`: every slot one of them takes in Probot's
 * limiter is a slot the next verdict waits for. A review's own writes are never held.
 */
export function createWriteLanes(gapMs = 1000, { holdMs = 30_000 }: { holdMs?: number } = {}) {
  const lanes = new Map<string, Lane>();
  let seq = 0;

  function laneOf(installation: string | number): [string, Lane] {
    const key = String(installation);
    if (!lanes.has(key)) lanes.set(key, { busy: false, last: 0, waiting: [], reviews: 0 });
    return [key, lanes.get(key)!];
  }

  function next(key: string): void {
    const lane = lanes.get(key)!;
    // Lanes stay (one small record per installation): the next write must still respect `last`.
    if (lane.busy || lane.waiting.length === 0) return;
    lane.waiting.sort((a, b) => a.priority - b.priority || a.seq - b.seq);
    const first = lane.waiting[0]!;
    clearTimeout(lane.holdTimer);
    // Only report writes wait (the first is the oldest): re-checked when the reviews end, a
    // verdict write arrives, or its time is up, so none starves under a steady stream of reviews.
    if (first.priority === 2 && lane.reviews > 0 && Date.now() - first.at < holdMs) {
      lane.holdTimer = setTimeout(() => next(key), first.at + holdMs - Date.now());
      lane.holdTimer.unref();
      return;
    }
    const waiter = lane.waiting.shift()!;
    lane.busy = true;
    const wait = Math.max(0, lane.last + gapMs - Date.now());
    setTimeout(() => {
      lane.last = Date.now();
      waiter.start();
      lane.busy = false;
      next(key);
    }, wait);
  }

  return {
    /** Runs `write` in the installation's lane; resolves or rejects with it. */
    schedule<T>(installation: string | number, priority: WritePriority, write: () => Promise<T>): Promise<T> {
      const [key, lane] = laneOf(installation);
      return new Promise<T>((resolve, reject) => {
        const start = () => void write().then(resolve, reject);
        lane.waiting.push({ priority, seq: seq++, at: Date.now(), start });
        next(key);
      });
    },
    /**
     * A review of the installation has started and will write a verdict; call the returned function
     * once it has (or has ended without one). Only reviews whose comment is someone else's job
     * (a report job) may say so: a review writing its own comment would hold itself up.
     */
    reviewing(installation: string | number): () => void {
      const [key, lane] = laneOf(installation);
      lane.reviews++;
      let done = false;
      return () => {
        if (done) return;
        done = true;
        lane.reviews--;
        next(key);
      };
    },
  };
}

export type WriteLanes = ReturnType<typeof createWriteLanes>;

const WRITE_METHODS = new Set(["POST", "PATCH", "PUT", "DELETE"]);

/**
 * Which lane slot a request takes; undefined for reads and the token. GraphQL takes a slot because
 * Probot's throttle puts every GraphQL request in the write limiter, and the blob query is on the
 * verdict's path.
 */
export function writePriority(method: string | undefined, url: string | undefined): 0 | 1 | undefined {
  // GitHub Enterprise Server: Octokit sends GraphQL to the full URL `<host>/api/graphql`.
  if (url === "/graphql" || /^https?:\/\/[^?]*\/api\/graphql$/.test(url ?? "")) return 0;
  if (!WRITE_METHODS.has((method ?? "GET").toUpperCase())) return undefined;
  if (/access_tokens$/.test(url ?? "")) return undefined;
  return /\/check-runs/.test(url ?? "") ? 0 : 1;
}

/** Routes this client's writes through the installation's lane (outermost hook: it orders first). */
export function useWriteLane(octokit: Octokit, lanes: WriteLanes, installation: number, { report = false }: { report?: boolean } = {}): void {
  octokit.hook.wrap("request", (request, options) => {
    const base = writePriority(options.method, options.url);
    const priority = report && base === 1 ? 2 : base;
    const send = async () => request(options);
    return priority === undefined ? send() : lanes.schedule(installation, priority, send);
  });
}
