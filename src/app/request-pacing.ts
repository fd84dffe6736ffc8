import Bottleneck from "bottleneck";
import type { Octokit } from "@octokit/core";
import type { OctokitOptions } from "@octokit/core/types";
import { ProbotOctokit } from "probot";
import { isRateLimited, retryDelayMs } from "./queue/jobs.js";

/**
 * How a request is paced:
 * - `verdict`: a content-creating request the verdict waits on (check runs), released first;
 * - `write`: any other content-creating request (REST POST/PATCH/PUT/DELETE, GraphQL mutations);
 * - `query`: a GraphQL query — it creates nothing, so it only takes one of a few concurrent slots;
 * - undefined: REST reads and the installation token, left to Probot's throttle alone.
 */
export type RequestKind = "verdict" | "write" | "query";

const WRITE_METHODS = new Set(["POST", "PATCH", "PUT", "DELETE"]);

/**
 * Whether a GraphQL document may create content. Not a parser: a document that names `mutation`
 * anywhere (even in a comment or a string) counts as one, which only ever spaces a query like a
 * write — the safe side. The app sends only queries it wrote itself.
 */
function mayMutate(query: unknown): boolean {
  return typeof query !== "string" || /\bmutation\b/.test(query);
}

/** The pacing `kind` of a request from its Octokit options (method, URL template, GraphQL text). */
export function requestKind(options: { method?: string; url?: string; query?: unknown }): RequestKind | undefined {
  const method = (options.method ?? "GET").toUpperCase();
  const path = new URL(options.url ?? "/", "http://github.test").pathname;
  // GitHub Enterprise Server: Octokit sends GraphQL to the full URL `<host>/api/graphql`.
  if (path === "/graphql" || path.endsWith("/api/graphql")) return mayMutate(options.query) ? "write" : "query";
  if (!WRITE_METHODS.has(method) || path.endsWith("/access_tokens")) return undefined;
  return path.includes("/check-runs") ? "verdict" : "write";
}

export interface PacingOptions {
  /** Between two content-creating requests of one installation (GitHub asks for 1 s). */
  writeGapMs?: number;
  /** GraphQL queries of one installation in flight at once in this process. */
  queryConcurrency?: number;
}

/** What Probot's throttle options carry when REDIS_URL is set: the full Bottleneck and its Redis connection. */
interface ThrottleClustering {
  Bottleneck?: typeof Bottleneck;
  connection?: Bottleneck.IORedisConnection;
}

interface Waiter {
  verdict: boolean;
  seq: number;
  /** Hands the write its slot; it calls `sent` the moment its request goes out. */
  release: (sent: () => void) => void;
  fail: (err: unknown) => void;
}

/**
 * How much later than `writeGapMs` a write may start in Redis mode: Redis keeps the time of an
 * installation's last write, and each process hears its answer a little later or sooner than the
 * others (tens of ms on a loaded host), which would bring two processes' writes that much closer.
 */
const CLUSTER_MARGIN_MS = 100;

/**
 * One process's pacing of GitHub requests, per installation. Content-creating requests are
 * released one per `writeGapMs`, verdicts before comments and labels queued earlier (a write is
 * released, not awaited: one held in Probot's 3 s comment limiter must not block the next
 * verdict). Each installation's waiting writes are ordered here and handed one at a time to a
 * Bottleneck limiter that spaces them; with Probot's Redis connection (REDIS_URL) that limiter
 * lives in Redis, so every process of the deployment shares the installation's spacing. GraphQL
 * queries never wait behind writes: they take one of `queryConcurrency` slots. After a
 * rate-limit answer (primary, secondary, `retry-after`) to either, the installation's next writes
 * and queries wait as long as GitHub asked.
 */
export function createRequestPacer({ writeGapMs = 1000, queryConcurrency = 4 }: PacingOptions = {}) {
  const lanes = new Map<string, { busy: boolean; waiting: Waiter[] }>();
  let spacing: Bottleneck.Group | undefined;
  let clustered = false;
  const queries = new Bottleneck.Group({ maxConcurrent: queryConcurrency });
  const pausedUntil = new Map<string, number>();
  let seq = 0;

  /** The spacing limiters, made once: in Redis when the first client that asks has a connection. */
  function spacingGroup(throttle: ThrottleClustering = {}): Bottleneck.Group {
    if (!spacing) {
      clustered = Boolean(throttle.connection && throttle.Bottleneck);
      // Probot's own Bottleneck with its connection: the Redis scripts must match that connection.
      const Limiter = clustered ? throttle.Bottleneck! : Bottleneck;
      spacing = new Limiter.Group({
        id: "impactgate-writes",
        maxConcurrent: 1,
        // +25 ms: Bottleneck spaces from when it scheduled a job, and a job that starts late on a busy
        // event loop would otherwise let the next follow it by a little less than the gap
        minTime: writeGapMs + 25 + (clustered ? CLUSTER_MARGIN_MS : 0),
        ...(clustered ? { connection: throttle.connection } : {}),
      });
    }
    return spacing;
  }

  /** Hands the installation's most urgent waiting write to the spacing limiter, one at a time. */
  function next(installation: string, throttle?: ThrottleClustering): void {
    // Lanes stay (one small record per installation seen by this process).
    const lane = lanes.get(installation)!;
    if (lane.busy || lane.waiting.length === 0) return;
    lane.waiting.sort((a, b) => Number(b.verdict) - Number(a.verdict) || a.seq - b.seq);
    const waiter = lane.waiting.shift()!;
    lane.busy = true;
    // A process that dies holding the Redis slot must not stop the deployment's writes for long.
    const options = clustered ? { expiration: 60_000 } : {};
    // The slot is held until `writeGapMs` after the write really went out: the limiter spaces the
    // slots it hands out, but on a busy host a write may leave its slot late (its process not
    // scheduled), and the next one — another process's, in Redis mode — must still keep the gap.
    spacingGroup(throttle)
      .key(installation)
      .schedule(options, async () => {
        await new Promise<void>((sent) => waiter.release(sent));
        await new Promise((r) => setTimeout(r, writeGapMs));
      })
      .catch(waiter.fail)
      .finally(() => {
        lane.busy = false;
        next(installation, throttle);
      });
  }

  async function afterPause(installation: string): Promise<void> {
    const until = pausedUntil.get(installation) ?? 0;
    if (until > Date.now()) await new Promise((r) => setTimeout(r, until - Date.now()));
    else pausedUntil.delete(installation);
  }

  return {
    /** Sends `send` as a request of `kind` for `installation` (Probot's throttle id). */
    async pace<T>(
      installation: string,
      kind: RequestKind | undefined,
      send: () => Promise<T>,
      throttle?: ThrottleClustering,
    ): Promise<T> {
      if (kind === undefined) return send();
      await afterPause(installation);
      try {
        if (kind === "query") return await queries.key(installation).schedule(send);
        if (!lanes.has(installation)) lanes.set(installation, { busy: false, waiting: [] });
        const sent = await new Promise<() => void>((release, fail) => {
          lanes.get(installation)!.waiting.push({ verdict: kind === "verdict", seq: seq++, release, fail });
          next(installation, throttle);
        });
        let sending: Promise<T>;
        try {
          sending = send();
        } finally {
          sent(); // sent, or failed before it could be: the gap runs from now either way
        }
        return await sending;
      } catch (err) {
        if (isRateLimited(err)) pausedUntil.set(installation, Date.now() + retryDelayMs(err, 1, 0));
        throw err;
      }
    },
    /** Stops the spacing limiters (and their Redis connection): tests; the app just exits. */
    async disconnect(): Promise<void> {
      await spacing?.disconnect(false);
    },
  };
}

export type RequestPacer = ReturnType<typeof createRequestPacer>;

/**
 * Probot's throttle would space every POST — GraphQL queries included — one second apart in its
 * `write` group; the pacer does that job instead, so the throttle's write group lets all through.
 * Its other groups stay: at most 10 requests of an installation at once, search and
 * notification-triggering writes spaced, rate-limit answers retried as Probot decides.
 */
const releaseAtOnce = {
  key: () => ({ schedule: async <R>(_options: unknown, job: () => Promise<R>) => job() }),
};

/**
 * Probot's Octokit with the pacer on every client it makes (webhook handlers' and queue jobs'
 * alike). Clients whose throttle is switched off (tests, replays) are not paced either.
 */
export function pacedProbotOctokit(pacer: RequestPacer = createRequestPacer()): typeof ProbotOctokit {
  const pacing = (octokit: Octokit, options: OctokitOptions) => {
    // Probot's throttle options, as the throttling plugin reads them (`id` is the installation's).
    const throttle = options.throttle as (ThrottleClustering & { enabled?: boolean; id?: string }) | undefined;
    if (throttle?.enabled === false) return;
    const installation = throttle?.id ?? "app";
    octokit.hook.wrap("request", (request, opts) =>
      pacer.pace(
        installation,
        requestKind(opts as Parameters<typeof requestKind>[0]),
        async () => request(opts),
        throttle,
      ),
    );
  };
  return ProbotOctokit.plugin(pacing).defaults((o: { throttle?: Record<string, unknown> }) => ({
    ...o,
    throttle: { ...o?.throttle, write: releaseAtOnce },
  })) as typeof ProbotOctokit;
}
