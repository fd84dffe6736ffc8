import { parseArgs } from "node:util";

import { UserError } from "../engine/user-error.js";

/** A command-line mistake: printed with the usage, exit code 2. */
export class UsageError extends UserError {}

export const USAGE = `Usage:
  impactgate check [--repo DIR] [--base REF] [--head REF] [--against merge-base|last-release] [--body FILE|-] [--config FILE] [--format text|markdown|json|sarif]
  impactgate diff BEFORE AFTER [--body FILE|-] [--config FILE] [--format text|markdown|json|sarif]
  impactgate rules [--format text|markdown|json]   list every rule (docs/rules.md)
  impactgate worker        run review jobs from Redis (REDIS_URL)
  impactgate --version

Exit codes: 0 success, 1 action required, 2 usage, configuration or internal error.`;

/** Where a command writes (and `--body -` reads): the process's streams, or a test's. */
export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin?: NodeJS.ReadableStream;
}

export type Format = "text" | "markdown" | "json" | "sarif";

export interface CliArgs {
  command: "check" | "diff" | "rules" | "worker" | "help" | "version";
  positionals: string[];
  repo: string;
  base?: string;
  head: string;
  body?: string;
  config?: string;
  format: Format;
  /** Overrides `compare.against`: judge the range against its merge base or the last release tag. */
  against?: "merge-base" | "last-release";
}

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        repo: { type: "string" },
        base: { type: "string" },
        head: { type: "string" },
        body: { type: "string" },
        config: { type: "string" },
        format: { type: "string" },
        against: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean" },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  const [cmd, ...rest] = positionals;
  const command = values.version ? "version" : values.help || !cmd || cmd === "help" ? "help" : cmd;
  if (!["check", "diff", "rules", "worker", "help", "version"].includes(command))
    throw new UsageError(`unknown command: ${command}`);
  const format = values.format ?? "text";
  if (!["text", "markdown", "json", "sarif"].includes(format))
    throw new UsageError(`--format must be text, markdown, json or sarif, not ${format}`);
  if (format === "sarif" && command === "rules")
    throw new UsageError("--format sarif is for check and diff (the rules are in every SARIF log)");
  if (values.against !== undefined && !["merge-base", "last-release"].includes(values.against))
    throw new UsageError(`--against must be merge-base or last-release, not ${values.against}`);
  if (values.against !== undefined && command !== "check") throw new UsageError("--against is for check only");
  if (command === "diff" && rest.length !== 2) throw new UsageError("diff needs exactly two paths: BEFORE AFTER");
  if ((command === "check" || command === "rules") && rest.length > 0)
    throw new UsageError(`${command} takes no positional arguments (got ${rest.join(" ")})`);
  return {
    command: command as CliArgs["command"],
    positionals: rest,
    repo: values.repo ?? ".",
    base: values.base,
    head: values.head ?? "HEAD",
    body: values.body,
    config: values.config,
    format: format as Format,
    ...(values.against ? { against: values.against as CliArgs["against"] } : {}),
  };
}
