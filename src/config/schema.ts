/**
 * JSON Schema (draft-07) of `.github/impactgate.yml`. It is the one source of truth for what a key
 * may hold: `validateConfig` checks against it, `npm run schema` publishes it as
 * `impactgate.schema.json` for editors, and docs/config.md documents the same keys.
 * No runtime imports here: scripts/write-schema.js transpiles this file on its own.
 */
export type SchemaNode = { [key: string]: unknown };

/** `format: "glob"`: validate-config refuses globs picomatch cannot match in bounded time. */
const glob: SchemaNode = { type: "string", minLength: 1, format: "glob" };
const globs = (description: string): SchemaNode => ({ type: "array", items: glob, description });
const level: SchemaNode = { enum: ["error", "warning", "notice", "off"] };
const label = (category: string, fallback: string): SchemaNode => ({
  anyOf: [{ type: "string", minLength: 1, maxLength: 50 }, { const: false }],
  description: `Label added while the PR has ${category} findings (default \`${fallback}\`); \`false\` for none.`,
});
const statementName = (fallback: string, trailer: string): SchemaNode => ({
  type: "string",
  minLength: 1,
  maxLength: 100,
  pattern: "^[^:\\r\\n]+$",
  description: `Heading / label of the statement (default \`${fallback}\`); the trailer form replaces spaces with \`-\` (\`${trailer}:\`).`,
});
const positive = (description: string): SchemaNode => ({ type: "integer", minimum: 1, description });

export const configSchema: SchemaNode = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "Impactgate configuration (.github/impactgate.yml)",
  type: "object",
  additionalProperties: false,
  properties: {
    _extends: {
      type: "string",
      description:
        "Inherit settings from another repository's `.github/impactgate.yml` (Probot `_extends`, e.g. `.github` for the organisation's).",
    },
    interfaces: {
      type: "object",
      additionalProperties: false,
      description:
        "Which files are interfaces: a change to one is an `interface/changed` finding unless a semantic detector explains it.",
      properties: {
        include: globs(
          "Globs of interface files (default `include/uapi/**`, `**/*.h`, `**/*.hpp`, `**/*.proto`, `**/*.d.ts`).",
        ),
        exclude: globs("Globs removed from `include` (default none)."),
      },
    },
    rules: {
      type: "object",
      description:
        "Per-rule level: `error` (needs a statement), `warning`, `notice` or `off`. Keys are rule ids (`c/field-appended`) or a detector wildcard (`c/*`).",
      propertyNames: { pattern: "^[a-z0-9][a-z0-9-]*/(\\*|[A-Za-z0-9][A-Za-z0-9._-]*)$" },
      additionalProperties: level,
    },
    paths: {
      type: "object",
      additionalProperties: false,
      description: "Paths whose findings are dropped.",
      properties: { exclude: globs("Globs of paths whose findings are dropped (default none).") },
    },
    statements: {
      type: "object",
      additionalProperties: false,
      description: "The names the PR description uses for each statement.",
      properties: {
        abi: statementName("ABI impact", "ABI-impact"),
        "cross-package": statementName("Cross-package impact", "Cross-package-impact"),
        fork: statementName("Fork impact", "Fork-impact"),
      },
    },
    labels: {
      type: "object",
      additionalProperties: false,
      description: "Labels per category, added while it has findings and removed when they go.",
      properties: {
        abi: label("ABI", "abi-break"),
        "cross-package": label("cross-package", "cross-package"),
        fork: label("fork", "fork-impact"),
      },
    },
    c: {
      type: "object",
      additionalProperties: false,
      description: "C / C++ header detector settings.",
      properties: {
        headers: globs("Extra globs of files to parse as C headers (beyond `.h`, `.hpp`, `.hxx`, `.inl`)."),
        private: globs(
          "Globs of struct/union names (`LZ4_*_internal`) and members (`uv_loop_s.internal_*`) that are private by convention: their changes are notices (default none; `*_internal`, a leading `_`, `*_PRIVATE_FIELDS` and documented-private members are recognised without it).",
        ),
      },
    },
    proto: {
      type: "object",
      additionalProperties: false,
      description: "Protobuf detector settings.",
      properties: {
        rules: {
          enum: ["wire", "wire-json"],
          description:
            "Rule set: `wire` (binary compatibility, default) or `wire-json` (also JSON-name compatibility).",
        },
      },
    },
    packages: {
      type: "object",
      description:
        "Packages by name, each a list of globs; wins over discovered workspaces (npm, pnpm, Cargo, go.work).",
      additionalProperties: { type: "array", items: glob },
    },
    fork: {
      type: "object",
      additionalProperties: false,
      description: "Fork awareness: which upstream this repository follows and which paths it owns.",
      properties: {
        upstream: {
          type: "string",
          pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$",
          description: "Upstream repository `owner/repo` (default: the GitHub fork parent).",
        },
        branch: {
          type: "string",
          minLength: 1,
          description: "Upstream branch (default: the upstream's default branch).",
        },
        remote: {
          type: "string",
          minLength: 1,
          description: "Git remote the CLI reads upstream from (default `upstream`).",
        },
        "upstream-paths": globs("Globs of paths upstream owns (default `**`)."),
        "local-paths": globs("Globs of paths this fork owns, removed from `upstream-paths` (default none)."),
        vendored: {
          type: "object",
          description: "Vendored trees: path → the upstream it comes from (`third_party/zlib: madler/zlib`).",
          additionalProperties: { type: "string", minLength: 1 },
        },
      },
    },
    watch: {
      type: "array",
      description:
        "Watch lists: owners to notify (and optionally to require an ack from) when paths or symbols they depend on change.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name"],
        properties: {
          name: {
            type: "string",
            pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$",
            description: "Name of the list; findings are `watch/<name>`.",
          },
          paths: globs("Globs of watched paths."),
          symbols: {
            type: "array",
            items: glob,
            description: "Watched symbols (`struct kvm_run`, `pkg.Msg.field`); `*` wildcards allowed.",
          },
          notify: {
            type: "array",
            items: { type: "string", pattern: "^@[A-Za-z0-9-]+(/[A-Za-z0-9_.-]+)?$" },
            description: "Handles to mention once: `@user` or `@org/team`.",
          },
          "require-ack": {
            type: "boolean",
            description: "Keep the check blocked until one of `notify` acknowledges (default false).",
          },
        },
      },
    },
    ack: {
      type: "object",
      additionalProperties: false,
      description: "Who may acknowledge impact instead of stating it.",
      properties: {
        permission: {
          enum: ["write", "maintain", "admin"],
          description:
            "Least repository permission needed for `/impactgate ack` and the Acknowledge button (default `write`).",
        },
        label: {
          anyOf: [{ type: "string", minLength: 1, maxLength: 50 }, { const: false }],
          description: "Label that acknowledges every category (default `impact-acknowledged`); `false` to disable.",
        },
      },
    },
    compare: {
      type: "object",
      additionalProperties: false,
      description: "What a pull request is compared against (docs/config.md, Compare against the last release).",
      properties: {
        against: {
          enum: ["merge-base", "last-release"],
          description:
            "`merge-base` (default): the pull request's own changes. `last-release`: breaks the pull request causes or touches are judged against the newest release tag on the base branch; breaks already on the branch are listed as notices.",
        },
        tags: {
          type: "string",
          minLength: 1,
          maxLength: 100,
          description:
            "Glob of release tag names (default `v*`): the release `last-release` judges against, and the one `unreleased` checks errors against.",
        },
        unreleased: {
          enum: ["notice", "error"],
          description:
            "With `against: merge-base`: an error of the C, C++, proto or TypeScript detectors (or a manifest rule counting them) on interface that the newest release tag does not have is a `notice` (default), or stays an `error`.",
        },
      },
    },
    versions: {
      type: "object",
      additionalProperties: false,
      description:
        "How the repository bumps versions (package `version`, SOVERSION): what the version rules demand of a pull request.",
      properties: {
        bump: {
          enum: ["release", "pull-request"],
          description:
            "`release` (default): versions are bumped by release pull requests; a break in any other pull request is a notice that the next release must bump, and an error only in a pull request that changes the version without the bump the break needs. `pull-request`: every breaking pull request must bump the version itself.",
        },
      },
    },
    limits: {
      type: "object",
      additionalProperties: false,
      description: "Caps that keep a review bounded; what is skipped is said in the summary.",
      properties: {
        files: positive("Most files reviewed per pull request (default 3000)."),
        "bytes-per-file": positive("Largest file content fetched and parsed, in bytes (default 5242880)."),
        "file-work": positive(
          "Work budget per file per detector, in work units (default 20000000); the same input always costs the same units.",
        ),
        "review-work": positive("Work budget for the whole review, in work units (default 200000000)."),
        "file-time-ms": positive(
          "Deprecated: read as `file-work` (2000 units per millisecond) when `file-work` is not set.",
        ),
        "review-time-ms": positive(
          "Hard deadline of the analysis, in milliseconds (default 120000): the process analysing the pull request is stopped and the check says what could not be analysed.",
        ),
        "body-chars": positive("Characters of the PR description read for statements (default 65536)."),
      },
    },
  },
};
