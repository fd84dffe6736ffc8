import { UserError } from "../engine/user-error.js";
import type { Conclusion } from "../engine/types.js";
import type { Runner } from "./runner.js";

/** The step fails when the verdict is at least this bad; `never` only reports. */
export type FailOn = Conclusion | "never";

export type ExtraFormat = "sarif" | "json";

/** The Action's inputs (action.yml), validated. */
export interface ActionInputs {
  token: string;
  failOn: FailOn;
  /** The sticky comment (labels are written either way). */
  comment: boolean;
  /** An extra report file, named by the `sarif-file` / `report-file` outputs. */
  format?: ExtraFormat;
  /** The config file's path in the repository, read from the default branch; absent: `.github/impactgate.yml`. */
  config?: string;
}

const FAIL_ON: readonly FailOn[] = ["action_required", "failure", "never"];
const FORMATS: readonly ExtraFormat[] = ["sarif", "json"];

/** A workflow mistake (a bad input, an event the Action does not handle): said on the run, exit 1. */
export class ActionInputError extends UserError {}

export function actionInputs(runner: Runner, env: NodeJS.ProcessEnv): ActionInputs {
  // `github-token` defaults to the workflow token in action.yml; GITHUB_TOKEN is for runs outside a workflow
  const token = runner.input("github-token") || env.GITHUB_TOKEN || "";
  if (!token) throw new ActionInputError("no token: set the `github-token` input (default `${{ github.token }}`)");
  runner.mask(token);
  const failOn = (runner.input("fail-on") || "action_required") as FailOn;
  if (!FAIL_ON.includes(failOn))
    throw new ActionInputError(`\`fail-on\` must be one of ${FAIL_ON.join(", ")}, not "${failOn}"`);
  const comment = booleanInput(runner.input("comment") || "true", "comment");
  const format = runner.input("format");
  if (format && !FORMATS.includes(format as ExtraFormat))
    throw new ActionInputError(`\`format\` must be empty or one of ${FORMATS.join(", ")}, not "${format}"`);
  const config = configPathInput(runner.input("config"));
  return {
    token,
    failOn,
    comment,
    ...(format ? { format: format as ExtraFormat } : {}),
    ...(config ? { config } : {}),
  };
}

/**
 * The `config` input: a file path inside the repository, as the contents API and GraphQL's
 * `Commit.file(path:)` take it — relative, `/`-separated, no `.` or `..` segment (GitHub would
 * not resolve them; a config "outside" the repository is a mistake worth saying).
 */
function configPathInput(value: string): string | undefined {
  const path = value.replace(/^\.\//, "");
  if (!path) return undefined;
  const segments = path.split("/");
  const bad =
    path.length > 255 ||
    path.startsWith("/") ||
    path.endsWith("/") ||
    path.includes("\\") ||
    [...path].some((c) => c < " ") ||
    segments.some((s) => s === "" || s === "." || s === "..");
  if (bad)
    throw new ActionInputError(
      `\`config\` must be a file path inside the repository such as .github/impactgate.yml (relative, no \`..\`), not "${value}"`,
    );
  return path;
}

/** YAML 1.2 core schema booleans, as `@actions/core`'s getBooleanInput reads them. */
function booleanInput(value: string, name: string): boolean {
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new ActionInputError(`\`${name}\` must be true or false, not "${value}"`);
}

const RANK: Record<Conclusion, number> = { success: 0, action_required: 1, failure: 2 };

/** The step's exit code: 1 when the verdict reaches `fail-on`. */
export function exitCode(conclusion: Conclusion, failOn: FailOn): number {
  return failOn !== "never" && RANK[conclusion] >= RANK[failOn] ? 1 : 0;
}
