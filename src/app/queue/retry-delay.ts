/** The parts of an Octokit RequestError the retry policy reads. */
interface HttpishError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined> };
}

const MAX_BACKOFF_MS = 10 * 60_000;

/**
 * How long to wait before retrying a failed review. GitHub tells us for rate limits: honour
 * `retry-after` (secondary limits; Probot's throttle only logs those) or the primary limit's reset
 * time; anything else backs off exponentially from `baseMs`.
 */
export function retryDelayMs(err: unknown, attemptsMade: number, baseMs: number, now = Date.now()): number {
  const e = (err ?? {}) as HttpishError;
  const headers = e.response?.headers ?? {};
  const retryAfter = Number(headers["retry-after"]);
  if (Number.isFinite(retryAfter) && retryAfter >= 0) return Math.min(retryAfter * 1000 + 250, MAX_BACKOFF_MS);
  if ((e.status === 403 || e.status === 429) && String(headers["x-ratelimit-remaining"]) === "0") {
    const reset = Number(headers["x-ratelimit-reset"]) * 1000;
    if (Number.isFinite(reset) && reset > now) return Math.min(reset - now + 1000, MAX_BACKOFF_MS);
  }
  if (e.status === 403 && /secondary rate limit/i.test(e.message ?? "")) return Math.min(60_000, MAX_BACKOFF_MS);
  const exp = baseMs * 2 ** Math.max(0, attemptsMade - 1);
  return Math.min(exp, MAX_BACKOFF_MS);
}

/** Errors a retry cannot fix: the job fails at once instead of burning its attempts. */
export function isPermanent(err: unknown): boolean {
  const status = (err as HttpishError | null)?.status;
  return status === 401 || status === 404 || status === 410 || status === 422;
}

/** A primary or secondary rate limit: retry after GitHub's delay instead of reporting a failure. */
export function isRateLimited(err: unknown): boolean {
  const e = (err ?? {}) as HttpishError;
  if (e.status === 429) return true;
  if (e.status !== 403) return false;
  const headers = e.response?.headers ?? {};
  return (
    headers["retry-after"] !== undefined ||
    String(headers["x-ratelimit-remaining"]) === "0" ||
    /rate limit/i.test(e.message ?? "")
  );
}
