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
