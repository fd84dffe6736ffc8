import { appendFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { EOL } from "node:os";
import { pino, type Logger } from "pino";

/**
 * The GitHub Actions runner's protocol for a JavaScript action, as `@actions/core` speaks it,
 * without the dependency: inputs from `INPUT_<NAME>` variables, outputs and the job summary
 * appended to the files `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY` name, annotations and log
 * groups as workflow commands on stdout.
 */
export interface Runner {
  /** An input as the runner passes it (`INPUT_GITHUB-TOKEN` for `github-token`), trimmed; "" when unset. */
  input(name: string): string;
  setOutput(name: string, value: string | number): void;
  /** Appends markdown to the job summary (shown on the run's page; 1 MiB a step). */
  summary(markdown: string): void;
  /** A file annotation (`::error file=…,line=…::`), shown on the run and in the PR's diff. */
  annotate(annotation: WorkflowAnnotation): void;
  /** Masks a value in the log from here on. */
  mask(value: string): void;
  info(message: string): void;
  /** `::error::` without a file: shown on the run's page. */
  error(message: string): void;
  warning(message: string): void;
}

export interface WorkflowAnnotation {
  level: "error" | "warning" | "notice";
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  title?: string;
}

export interface RunnerIo {
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown };
}

export function actionsRunner({ env, stdout }: RunnerIo = process): Runner {
  const command = (name: string, properties: Record<string, string | number | undefined>, message: string) => {
    const props = Object.entries(properties)
      .filter(([, v]) => v !== undefined && v !== "")
      .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
      .join(",");
    stdout.write(`::${name}${props ? ` ${props}` : ""}::${escapeData(message)}${EOL}`);
  };
  return {
    input: (name) => (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim(),
    setOutput: (name, value) =>
      appendToFile(env.GITHUB_OUTPUT, keyValue(name, String(value)), () => {
        // an old runner without GITHUB_OUTPUT: the deprecated command still works there
        stdout.write(`${EOL}::set-output name=${escapeProperty(name)}::${escapeData(String(value))}${EOL}`);
      }),
    summary: (markdown) => appendToFile(env.GITHUB_STEP_SUMMARY, `${markdown}${EOL}`, () => undefined),
    annotate: ({ level, message, file, line, endLine, title }) =>
      command(level, { file, line, endLine, title }, message),
    mask: (value) => {
      if (value) command("add-mask", {}, value);
    },
    // a line of the log that starts with `::` is a command: text from a pull request must never start one
    info: (message) => stdout.write(`${message.replace(/^(?=::)/gm, " ")}${EOL}`),
    error: (message) => command("error", {}, message),
    warning: (message) => command("warning", {}, message),
  };
}

/** `name<<delimiter` … `delimiter`: the multi-line form, safe for any value (a random delimiter it cannot contain). */
function keyValue(name: string, value: string): string {
  let delimiter = `ghadelimiter_${randomUUID()}`;
  while (value.includes(delimiter) || name.includes(delimiter)) delimiter = `ghadelimiter_${randomUUID()}`;
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

function appendToFile(path: string | undefined, text: string, otherwise: () => void): void {
  if (path) appendFileSync(path, text, "utf8");
  else otherwise();
}

/** A command's message: `%`, CR and LF would end or corrupt the command. */
export function escapeData(value: string): string {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A command's property value: additionally `:` and `,`, which separate properties. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

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
