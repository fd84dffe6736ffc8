import { pino } from "pino";
import type { DestinationStream, Logger } from "pino";
import { REDACT_PATHS } from "./redact-paths.js";

interface Options {
  level?: string;
  /** Where lines go; defaults to stdout. Tests pass a stream and read every line back. */
  destination?: DestinationStream;
}

/**
 * Probot's logger with secrets redacted: paths that name one (REDACT_PATHS), and the literal values
 * of PRIVATE_KEY / WEBHOOK_SECRET wherever they end up (a message, an error's text).
 */
export function redactedLogger(secrets: readonly (string | undefined)[], { level = "info", destination }: Options = {}): Logger {
  const values = secrets.filter((s): s is string => typeof s === "string" && s.length >= 8);
  return pino(
    {
      level,
      name: "probot",
      redact: { paths: REDACT_PATHS, censor: "[Redacted]" },
      hooks: {
        // A value-based net under the path list: a secret inside a message or error text.
        streamWrite: (line) => values.reduce((out, s) => (out.includes(s) ? out.split(s).join("[Redacted]") : out), scrubPem(line)),
      },
    },
    destination ?? pino.destination(1),
  );
}

/** Any PEM private key block, whoever's it is. */
function scrubPem(line: string): string {
  return line.includes("PRIVATE KEY-----") ? line.replace(/-----BEGIN [A-Z ]*PRIVATE KEY-----[^-]*-----END [A-Z ]*PRIVATE KEY-----/g, "[Redacted]") : line;
}
