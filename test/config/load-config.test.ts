import { describe, expect, test } from "@jest/globals";
import { loadConfigText, validateConfig, formatConfigErrors, MAX_CONFIG_CHARS } from "../../src/config/load.js";
import { defaultConfig } from "../../src/config/defaults.js";
import type { ConfigError, ConfigResult } from "../../src/config/types.js";

function errorsOf(result: ConfigResult): ConfigError[] {
  if (result.ok) throw new Error("expected the config to be invalid");
  return result.errors;
}

describe("loadConfigText: valid files", () => {
  test("an empty file gives the defaults", () => {
    expect(loadConfigText("")).toEqual({ ok: true, config: defaultConfig() });
    expect(loadConfigText("# only a comment\n")).toEqual({ ok: true, config: defaultConfig() });
  });

  test("mappings merge over the defaults, lists replace them", () => {
    const result = loadConfigText(
      [
        "interfaces:",
        "  include: [api/**/*.h]",
        "rules:",
        "  c/field-appended: error",
        '  "proto/*": warning',
        "labels:",
        "  fork: false",
        "limits:",
        "  files: 500",
        "fork:",
        "  vendored:",
        "    third_party/zlib: madler/zlib",
      ].join("\n"),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const defaults = defaultConfig();
    expect(result.config.interfaces).toEqual({ include: ["api/**/*.h"], exclude: [] });
    expect(result.config.rules).toEqual({ "c/field-appended": "error", "proto/*": "warning" });
    expect(result.config.labels).toEqual({ ...defaults.labels, fork: false });
    expect(result.config.limits).toEqual({ ...defaults.limits, files: 500 });
    expect(result.config.fork).toEqual({ ...defaults.fork, vendored: { "third_party/zlib": "madler/zlib" } });
    expect(result.config.statements).toEqual(defaults.statements);
  });

  test("a key with everything under it commented out keeps its default", () => {
    const result = loadConfigText("interfaces:\n  # include: [a]\nlimits:\n  files:\n");
    expect(result).toEqual({ ok: true, config: defaultConfig() });
  });

  test("_extends is accepted and ignored (Probot applied it already)", () => {
    expect(loadConfigText("_extends: .github\n")).toEqual({ ok: true, config: defaultConfig() });
  });

  test("watch entries get their defaults", () => {
    const result = loadConfigText(
      "watch:\n  - name: criu\n    symbols: [struct kvm_run]\n    notify: ['@criu/maintainers']\n",
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.config.watch).toEqual([
      { name: "criu", paths: [], symbols: ["struct kvm_run"], notify: ["@criu/maintainers"], "require-ack": false },
    ]);
  });
});

describe("loadConfigText: errors name the key path, the expectation and the line", () => {
  test.each<[string, string, Partial<ConfigError>]>([
    ["wrong type", "limits:\n  files: many\n", { path: "limits.files", line: 2, expected: "a number" }],
    [
      "fraction for a whole number",
      "limits:\n  body-chars: 1.5\n",
      { path: "limits.body-chars", line: 2, expected: "a whole number" },
    ],
    [
      "below the minimum",
      "limits:\n  files: 0\n",
      { path: "limits.files", line: 2, expected: "a whole number of at least 1" },
    ],
    [
      "rule level",
      'rules:\n  "c/field-appended": warn\n',
      { path: 'rules["c/field-appended"]', line: 2, expected: "one of: error, warning, notice, off" },
    ],
    ["rule id shape", "rules:\n  fieldappended: error\n", { path: "rules.fieldappended", line: 2 }],
    ["enum", "proto:\n  rules: json\n", { path: "proto.rules", line: 2, expected: "one of: wire, wire-json" }],
    ["string or false", "labels:\n  abi: true\n", { path: "labels.abi", line: 2, expected: "a string or false" }],
    [
      "list item",
      "watch:\n  - name: criu\n    paths: [x]\n    notify: [bob]\n",
      { path: "watch[0].notify[0]", line: 4, expected: "a handle as `@user` or `@org/team`" },
    ],
    ["list instead of mapping", "limits: [1]\n", { path: "limits", line: 1, expected: "a mapping (key: value)" }],
    [
      "string instead of list",
      "interfaces:\n  include: '**/*.h'\n",
      { path: "interfaces.include", line: 2, expected: "a list of strings" },
    ],
    ["missing required", "watch:\n  - paths: [include/**]\n", { path: "watch[0].name", line: 2 }],
    ["watch without paths or symbols", "watch:\n  - name: criu\n", { path: "watch[0]", line: 2 }],
    [
      "upstream shape",
      "fork:\n  upstream: linux\n",
      { path: "fork.upstream", line: 2, expected: "a repository as `owner/repo`" },
    ],
  ])("%s", (_name, text, expected) => {
    const errors = errorsOf(loadConfigText(text));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject(expected);
    expect(errors[0].message).toContain(`\`${expected.path}\``);
  });

  test("unknown keys suggest the closest known key", () => {
    const errors = errorsOf(loadConfigText("limits:\n  files: 10\n  filez: 3\ninterfacs:\n  include: []\nzzz: 1\n"));
    expect(errors.map((e) => [e.path, e.line, e.message])).toEqual([
      ["limits.filez", 3, "unknown key `filez` under `limits` (did you mean `files`?)"],
      ["interfacs", 4, "unknown key `interfacs` (did you mean `interfaces`?)"],
      ["zzz", 6, "unknown key `zzz`"],
    ]);
  });

  test("c.private: globs of names the library keeps to itself, merged over the defaults, checked by key path", () => {
    const loaded = loadConfigText('c:\n  private: ["LZ4_*_internal", "demo_conn.scratch*"]\n');
    expect(loaded.ok && loaded.config.c).toEqual({ headers: [], private: ["LZ4_*_internal", "demo_conn.scratch*"] });
    const errors = errorsOf(loadConfigText("c:\n  privat: [x]\n  private: [1]\n"));
    expect(errors.map((e) => [e.path, e.line])).toEqual([
      ["c.privat", 2],
      ["c.private[0]", 3],
    ]);
    expect(errors[0]!.message).toContain("did you mean `private`?");
  });

  test("several problems are all reported, in file order", () => {
    const errors = errorsOf(loadConfigText("ack:\n  permission: owner\nlimits:\n  files: x\n  review-time-ms: -1\n"));
    expect(errors.map((e) => [e.path, e.line])).toEqual([
      ["ack.permission", 2],
      ["limits.files", 4],
      ["limits.review-time-ms", 5],
    ]);
  });

  test("a YAML syntax error carries its line", () => {
    const errors = errorsOf(loadConfigText("limits:\n  files: 1\n bad: [\n"));
    expect(errors[0]).toMatchObject({ path: "", expected: "valid YAML" });
    expect(errors[0].line).toBeGreaterThanOrEqual(3);
    expect(errors[0].message).toMatch(/^YAML syntax error on line \d+: /);
  });

  test("a duplicate key is a syntax error at the second one", () => {
    expect(errorsOf(loadConfigText("limits:\n  files: 1\nlimits:\n  files: 2\n"))[0]).toMatchObject({
      line: 3,
      message: expect.stringContaining("`limits` is written twice"),
    });
  });

  test("a duplicate key in a nested mapping", () => {
    expect(errorsOf(loadConfigText("rules:\n  c/a: off\n  c/b: off\n  c/a: error\n"))[0]).toMatchObject({
      line: 4,
      message: expect.stringContaining("`c/a` is written twice"),
    });
  });

  test("absurd nesting is refused before parsing", () => {
    expect(errorsOf(loadConfigText(`rules: ${"[".repeat(1000)}`))[0]).toMatchObject({
      line: 1,
      message: expect.stringContaining("nested too deeply"),
    });
    expect(errorsOf(loadConfigText("- ".repeat(100) + "x"))[0].message).toContain("nested too deeply");
  });

  test("a list used as a key is refused", () => {
    expect(errorsOf(loadConfigText("? [a, b]\n: x\n"))[0]).toMatchObject({
      line: 1,
      message: expect.stringContaining("a key must be plain text"),
    });
  });

  test("a cascade of syntax errors is cut to the first few", () => {
    expect(errorsOf(loadConfigText("a: [\n".repeat(30))).length).toBeLessThanOrEqual(10);
  });

  test("a file that is not a mapping", () => {
    expect(errorsOf(loadConfigText("- a\n- b\n"))[0]).toMatchObject({
      path: "",
      expected: "a mapping of keys (key: value)",
    });
  });

  test("alias bombs are refused", () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]", "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]"];
    bomb.push(`c: [${Array(120).fill("*b").join(", ")}]`);
    expect(errorsOf(loadConfigText(bomb.join("\n")))[0].message).toContain("YAML syntax error");
  });

  test("oversized files are refused before parsing", () => {
    expect(errorsOf(loadConfigText("#".repeat(MAX_CONFIG_CHARS + 1)))[0].message).toContain("larger than");
  });

  test("a __proto__ key is reported, not merged into the prototype", () => {
    const errors = errorsOf(loadConfigText("__proto__:\n  limits: 1\n"));
    expect(errors[0]).toMatchObject({ path: "__proto__", line: 1 });
    expect(({} as Record<string, unknown>).limits).toBeUndefined();
  });
});

describe("validateConfig (what context.config() returns)", () => {
  test("valid objects merge over the defaults", () => {
    const result = validateConfig({ rules: { "c/*": "off" }, _extends: ".github" });
    expect(result).toEqual({ ok: true, config: { ...defaultConfig(), rules: { "c/*": "off" } } });
  });

  test("null means no config", () => {
    expect(validateConfig(null)).toEqual({ ok: true, config: defaultConfig() });
  });

  test("errors carry lines when the source text is given", () => {
    const text = "# settings\nack:\n  label: 7\n";
    expect(errorsOf(validateConfig({ ack: { label: 7 } }))[0]).toEqual({
      path: "ack.label",
      expected: "a string or false",
      message: "`ack.label` must be a string or false (got the number 7)",
    });
    expect(errorsOf(validateConfig({ ack: { label: 7 } }, text))[0].line).toBe(3);
  });
});

describe("formatConfigErrors", () => {
  test("a markdown list with lines and a link to the docs", () => {
    const errors = errorsOf(loadConfigText("limits:\n  files: many\nzzz: 1\n"));
    expect(formatConfigErrors(errors, { docsUrl: "https://example.test/docs/config.md" })).toBe(
      [
        "`.github/impactgate.yml` is not valid (2 problems):",
        "",
        '- line 2: `limits.files` must be a number (got the string "many").',
        "- line 3: unknown key `zzz` — expected one of the keys: interfaces, rules, paths, statements, labels, c, proto, packages, fork, watch, ack, compare, versions, limits.",
        "",
        "Fix the file on the default branch; every key is described in [config.md](https://example.test/docs/config.md).",
      ].join("\n"),
    );
  });
});

describe("statement names", () => {
  test("a name with a colon cannot work as a trailer and is refused", () => {
    expect(errorsOf(loadConfigText("statements:\n  abi: 'ABI: impact'\n"))[0]).toMatchObject({
      path: "statements.abi",
      line: 2,
      expected: "a name on one line without `:`",
    });
  });
});
