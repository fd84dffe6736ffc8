import type { Octokit } from "../octokit.js";

/** 0 goes before 1: what the verdict waits on (blob query, check run) before comments and labels. */
export type WritePriority = 0 | 1;

interface Waiter {
  priority: WritePriority;
  seq: number;
  start: () => void;
}

/**
 * Orders an installation's writes before they reach Probot's throttle: one is released every
 * `gapMs` (Probot's write pace), highest priority first. Probot's limiters are first-come,
 * first-served, so 20 PRs' comments and labels would otherwise delay the 20th verdict by 40
 * writes. A write is released, not awaited: one held in Probot's 3 s comment limiter must not
 * block the next verdict.
 */
export function createWriteLanes(gapMs = 1000) {
  const lanes = new Map<string, { busy: boolean; last: number; waiting: Waiter[] }>();
  let seq = 0;

  function next(key: string): void {
    const lane = lanes.get(key)!;
    // Lanes stay (one small record per installation): the next write must still respect `last`.
    if (lane.busy || lane.waiting.length === 0) return;
    lane.waiting.sort((a, b) => a.priority - b.priority || a.seq - b.seq);
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
      const key = String(installation);
      if (!lanes.has(key)) lanes.set(key, { busy: false, last: 0, waiting: [] });
      const lane = lanes.get(key)!;
      return new Promise<T>((resolve, reject) => {
        const start = () => void write().then(resolve, reject);
        lane.waiting.push({ priority, seq: seq++, start });
        next(key);
      });
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
export function writePriority(method: string | undefined, url: string | undefined): WritePriority | undefined {
  // GitHub Enterprise Server: Octokit sends GraphQL to the full URL `<host>/api/graphql`.
  if (url === "/graphql" || /^https?:\/\/[^?]*\/api\/graphql$/.test(url ?? "")) return 0;
  if (!WRITE_METHODS.has((method ?? "GET").toUpperCase())) return undefined;
  if (/access_tokens$/.test(url ?? "")) return undefined;
  return /\/check-runs/.test(url ?? "") ? 0 : 1;
}

/** Routes this client's writes through the installation's lane (outermost hook: it orders first). */
export function useWriteLane(octokit: Octokit, lanes: WriteLanes, installation: number): void {
  octokit.hook.wrap("request", (request, options) => {
    const priority = writePriority(options.method, options.url);
    const send = async () => request(options);
    return priority === undefined ? send() : lanes.schedule(installation, priority, send);
  });
}
