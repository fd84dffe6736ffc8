import { pino, type Logger } from "pino";
import type { Runner } from "./runner.js";

const LEVELS: Record<number, string> = { 10: "trace", 20: "debug", 30: "info", 40: "warn", 50: "error", 60: "fatal" };
const HIDDEN = new Set(["level", "time", "msg", "pid", "hostname", "err"]);

/**
 * The gate's pino logger, written to the job log as readable lines: `impactgate: <msg> (k=v …)`;
 * warnings and errors also as `::warning::` / `::error::` so they show on the run's page.
 * `RUNNER_DEBUG=1` (re-run with debug logging) adds debug lines.
 */
export function actionLogger(runner: Runner, debug: boolean): Logger {
  return pino(
    { level: debug ? "debug" : "info", base: undefined },
    {
      write(line: string) {
        const entry = JSON.parse(line) as Record<string, unknown> & { level: number; msg?: string; err?: ErrJson };
        const fields = Object.entries(entry)
          .filter(([k]) => !HIDDEN.has(k))
          .map(([k, v]) => `${k}=${typeof v === "string" ? v : JSON.stringify(v)}`)
          .join(" ");
        const text = `${entry.msg ?? ""}${fields ? ` (${fields})` : ""}${entry.err ? `: ${entry.err.message}` : ""}`;
        const level = LEVELS[entry.level] ?? "info";
        if (level === "warn") runner.warning(`impactgate: ${text}`);
        else if (level === "error" || level === "fatal") runner.error(`impactgate: ${text}`);
        else runner.info(`impactgate ${level}: ${text}`);
        if (entry.err?.stack && debug) runner.info(entry.err.stack);
      },
    },
  );
}

interface ErrJson {
  message: string;
  stack?: string;
}
