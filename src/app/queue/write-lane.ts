import type { Octokit } from "../octokit.js";

/** 0 runs before 1: the verdict (check run) before comments and labels. */
export type WritePriority = 0 | 1;

interface Waiter {
  priority: WritePriority;
  seq: number;
  start: () => void;
}

/**
 * One content-creating request at a time per installation, `gapMs` apart (GitHub asks for about a
 * second), highest priority first. Probot's throttle spaces writes but cannot order them, so 20
 * PRs' comments and labels would otherwise delay the 20th verdict by 40 writes.
 */
export function createWriteLanes(gapMs = 1000) {
  const lanes = new Map<string, { busy: boolean; last: number; waiting: Waiter[] }>();
  let seq = 0;

  function next(key: string): void {
    const lane = lanes.get(key)!;
    if (lane.busy || lane.waiting.length === 0) {
      if (!lane.busy && lane.waiting.length === 0) lanes.delete(key);
      return;
    }
    lane.waiting.sort((a, b) => a.priority - b.priority || a.seq - b.seq);
    const waiter = lane.waiting.shift()!;
    lane.busy = true;
    const wait = Math.max(0, lane.last + gapMs - Date.now());
    setTimeout(waiter.start, wait);
  }

  return {
    /** Runs `write` in the installation's lane; resolves or rejects with it. */
    schedule<T>(installation: string | number, priority: WritePriority, write: () => Promise<T>): Promise<T> {
      const key = String(installation);
      if (!lanes.has(key)) lanes.set(key, { busy: false, last: 0, waiting: [] });
      const lane = lanes.get(key)!;
      return new Promise<T>((resolve, reject) => {
        const start = () => {
          // Spaced from the previous write's start, as Probot's throttle counts: no double spacing.
          lane.last = Date.now();
          write()
            .then(resolve, reject)
            .finally(() => {
              lane.busy = false;
              next(key);
            });
        };
        lane.waiting.push({ priority, seq: seq++, start });
        next(key);
      });
    },
  };
}

export type WriteLanes = ReturnType<typeof createWriteLanes>;

const WRITE_METHODS = new Set(["POST", "PATCH", "PUT", "DELETE"]);

/** Which lane slot a request takes: undefined for reads (and GraphQL queries, which only read here). */
export function writePriority(method: string | undefined, url: string | undefined): WritePriority | undefined {
  if (!WRITE_METHODS.has((method ?? "GET").toUpperCase())) return undefined;
  if (url === "/graphql" || /access_tokens$/.test(url ?? "")) return undefined;
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
