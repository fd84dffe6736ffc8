import { pino } from "pino";
import type { DestinationStream, Logger } from "pino";

/**
 * Log paths that can carry secrets: the app's private key and webhook secret (options objects),
 * installation tokens, and Authorization headers of failed requests (Octokit errors carry the
 * request). pino replaces each with `[Redacted]` before a line is written.
 */
export const REDACT_PATHS = [
  "privateKey",
  "*.privateKey",
  "private_key",
  "*.private_key",
  "secret",
  "*.secret",
  "webhookSecret",
  "*.webhookSecret",
  "token",
  "*.token",
  "*.*.token",
  "headers.authorization",
  "*.headers.authorization",
  "*.*.headers.authorization",
  "*.*.*.headers.authorization",
  "headers.Authorization",
  "*.headers.Authorization",
  "*.*.headers.Authorization",
  'headers["x-hub-signature-256"]',
  '*.headers["x-hub-signature-256"]',
  '*.*.headers["x-hub-signature-256"]',
  "err.request.headers.authorization",
  "err.response.headers.authorization",
  "env.PRIVATE_KEY",
  "env.WEBHOOK_SECRET",
  "env.GITHUB_TOKEN",
];

interface Options {
  level?: string;
  /** Where lines go; defaults to stdout. Tests pass a stream and read every line back. */
  destination?: DestinationStream;
}

/**
 * Probot's logger with secrets redacted: paths that name one (REDACT_PATHS), and the literal values
 * of PRIVATE_KEY / WEBHOOK_SECRET wherever they end up (a message, an error's text).
 */
export function redactedLogger(
  secrets: readonly (string | undefined)[],
  { level = "info", destination }: Options = {},
): Logger {
  const values = secrets.filter((s): s is string => typeof s === "string" && s.length >= 8);
  return pino(
    {
      level,
      name: "probot",
      redact: { paths: REDACT_PATHS, censor: "[Redacted]" },
      hooks: {
        // A value-based net under the path list: a secret inside a message or error text.
        streamWrite: (line) =>
          values.reduce((out, s) => (out.includes(s) ? out.split(s).join("[Redacted]") : out), scrubShapes(line)),
      },
    },
    destination ?? pino.destination(1),
  );
}

/**
 * Secrets by shape, wherever they sit (an error message quoting a request, a stack): PEM private
 * keys, GitHub tokens (`ghs_…`, `ghp_…`, `gho_…`, `ghu_…`, `ghr_…`, `github_pat_…`), JWTs and the
 * credential of an `authorization: token|bearer …` header. Each pattern is linear: no nested
 * quantifiers, so a hostile line cannot make it backtrack.
 */
function scrubShapes(line: string): string {
  let out = line;
  if (out.includes("PRIVATE KEY-----"))
    out = out.replace(
      /-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----[^-]*-----END [A-Z ]{0,40}PRIVATE KEY-----/g,
      "[Redacted]",
    );
  out = out.replace(/\b(?:gh[pousr]_|github_pat_)[A-Za-z0-9_]{4,255}/g, "[Redacted]");
  out = out.replace(/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, "[Redacted]");
  return out.replace(/\b(token|bearer) [A-Za-z0-9_.-]{8,}/gi, "$1 [Redacted]");
}
