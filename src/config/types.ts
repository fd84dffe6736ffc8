/**
 * The validated configuration (`.github/impactgate.yml` merged over the defaults).
 * Keys are kebab-case in YAML and kept so here, so error key paths match what users wrote.
 */

/**
 * The categories a pull request states its impact in, and the levels a rule can be set to: the
 * policy vocabulary users write in this file. Findings use it too (`engine/types.ts` re-exports
 * it); it is declared here so the config does not depend on the engine that takes it as input.
 */
export type Category = "abi" | "cross-package" | "fork";
export const CATEGORIES: readonly Category[] = ["abi", "cross-package", "fork"];

export type Severity = "error" | "warning" | "notice";
export type Level = Severity | "off";

export interface WatchEntry {
  name: string;
  paths: string[];
  symbols: string[];
  notify: string[];
  "require-ack": boolean;
}

export interface Config {
  interfaces: { include: string[]; exclude: string[] };
  /** Per-rule level overrides: `{ "c/field-appended": "error" }`. */
  rules: Record<string, Level>;
  /** Paths whose findings are dropped by policy. */
  paths: { exclude: string[] };
  /** Heading / trailer name of each statement. */
  statements: Record<Category, string>;
  /** Label per category, or false for none. */
  labels: Record<Category, string | false>;
  /** `private`: globs of record names and `record.member` paths that are private by convention. */
  c: { headers: string[]; private: string[] };
  proto: { rules: "wire" | "wire-json" };
  packages: Record<string, string[]>;
  fork: {
    upstream?: string;
    branch?: string;
    /** Git remote the CLI reads upstream from (default `upstream`). */
    remote: string;
    "upstream-paths": string[];
    "local-paths": string[];
    vendored: Record<string, string>;
  };
  watch: WatchEntry[];
  ack: { permission: "write" | "maintain" | "admin"; label: string | false };
  /**
   * The base a pull request is judged against: its merge base, or the newest release tag matching
   * `tags`. `unreleased`: against the merge base, what an error on interface no release has
   * becomes (checked against that tag): a `notice` (default), or it stays an `error`.
   */
  compare: { against: "merge-base" | "last-release"; tags: string; unreleased: "notice" | "error" };
  /** When version numbers are bumped: by release pull requests (default) or by every breaking pull request. */
  versions: { bump: "release" | "pull-request" };
  limits: {
    files: number;
    "bytes-per-file": number;
    /** Work units per detector per file (src/engine/budget.ts); unset = the engine's default. */
    "file-work"?: number;
    /** Work units for the whole review; unset = the engine's default. */
    "review-work"?: number;
    /** Deprecated: read as `file-work` at WORK_UNITS_PER_MS when `file-work` is unset. */
    "file-time-ms"?: number;
    /** Hard deadline of the process that runs the analysis, in milliseconds (src/isolation). */
    "review-time-ms": number;
    "body-chars": number;
  };
}

/** One problem in a configuration file, with the key path users wrote (`limits.files`). */
export interface ConfigError {
  /** Dotted key path; array items as `watch[0].notify`. Empty for the document root. */
  path: string;
  /** 1-based line in the YAML file, when known. */
  line?: number;
  /** What was expected there, e.g. `a number`, `one of: error, warning, notice, off`. */
  expected: string;
  /** A full sentence naming the key path and the expectation. */
  message: string;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: ConfigError[] };
