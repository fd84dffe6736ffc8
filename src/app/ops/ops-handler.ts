import type { IncomingMessage, ServerResponse } from "node:http";
import type { Metrics } from "./metrics.js";

export interface OpsOptions {
  metrics: Metrics;
  /** Readiness checks (Redis ping when configured); any throw makes /readyz answer 503. */
  readiness: { name: string; check: () => Promise<void> }[];
  /** How long one readiness check may take before it counts as failed. */
  timeoutMs?: number;
}

/**
 * `GET /healthz` (the process answers), `GET /readyz` (its dependencies answer) and
 * `GET /metrics` (Prometheus text). A Probot server handler: returns false for other paths.
 */
export function opsHandler({ metrics, readiness, timeoutMs = 2000 }: OpsOptions) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    const path = (req.url ?? "").split("?")[0];
    if (path === "/healthz") return send(res, 200, "text/plain", "ok\n");
    if (path === "/readyz") {
      const failed = await failedChecks(readiness, timeoutMs);
      return failed.length
        ? send(res, 503, "application/json", JSON.stringify({ ready: false, failed }) + "\n")
        : send(res, 200, "application/json", JSON.stringify({ ready: true }) + "\n");
    }
    if (path === "/metrics") return send(res, 200, metrics.registry.contentType, await metrics.registry.metrics());
    return false;
  };
}

async function failedChecks(
  readiness: OpsOptions["readiness"],
  timeoutMs: number,
): Promise<{ name: string; error: string }[]> {
  const results = await Promise.all(
    readiness.map(async ({ name, check }) => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>(
        (_, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs)),
      );
      try {
        await Promise.race([check(), timeout]);
        return undefined;
      } catch (err) {
        return { name, error: err instanceof Error ? err.message : String(err) };
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  return results.filter((r): r is { name: string; error: string } => r !== undefined);
}

function send(res: ServerResponse, status: number, type: string, body: string): true {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
  res.end(body);
  return true;
}
