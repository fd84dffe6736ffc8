import { describe, expect, test } from "@jest/globals";
import { loadConfigText } from "../../src/config/load.js";
import { RULES } from "../../src/detectors/rule-registry.js";
import type { ConfigError, ConfigResult } from "../../src/config/types.js";

function errorsOf(result: ConfigResult): ConfigError[] {
  if (result.ok) throw new Error("expected the config to be invalid");
  return result.errors;
}

describe("rules: keys are checked against the rule registry", () => {
  test("a misspelled rule id is an error with its key path, line and the nearest id", () => {
    const errors = errorsOf(loadConfigText("limits:\n  files: 10\nrules:\n  c/ioctl-number-change: off\n"));
    expect(errors).toEqual([
      {
        path: 'rules["c/ioctl-number-change"]',
        line: 4,
        expected: "a rule id from docs/rules.md (`impactgate rules` lists them) or `<detector>/*`",
        message: "unknown rule `c/ioctl-number-change` (did you mean `c/ioctl-number-changed`?)",
      },
    ]);
  });

  test("an id of no detector is an error, without a guess when nothing is near", () => {
    const errors = errorsOf(loadConfigText("rules:\n  nosuch/thing: error\n"));
    expect(errors).toEqual([
      expect.objectContaining({ path: 'rules["nosuch/thing"]', line: 2, message: "unknown rule `nosuch/thing`" }),
    ]);
  });

  test("a wildcard of an unknown detector is an error naming the nearest detector", () => {
    const errors = errorsOf(loadConfigText('rules:\n  "prot/*": warning\n  "nosuch/*": off\n'));
    expect(errors.map((e) => [e.line, e.message])).toEqual([
      [2, "unknown detector `prot` in `prot/*` (did you mean `proto/*`?)"],
      [3, "unknown detector `nosuch` in `nosuch/*`"],
    ]);
    expect(errors[0]!.expected).toContain("c/*, cpp/*, proto/*");
  });

  test("every declared id and every detector wildcard is accepted", () => {
    const ids = RULES.filter((r) => !r.id.endsWith("/<name>")).map((r) => `  "${r.id}": warning`);
    const wildcards = [...new Set(RULES.map((r) => `  "${r.detector}/*": notice`))];
    const result = loadConfigText(["rules:", ...ids, ...wildcards].join("\n"));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  test("watch/<name> is accepted for a watch list of the same config, and refused otherwise", () => {
    const watch = 'watch:\n  - name: criu\n    paths: ["kernel/checkpoint/**"]\n';
    expect(loadConfigText(`${watch}rules:\n  watch/criu: error\n`).ok).toBe(true);
    const errors = errorsOf(loadConfigText(`${watch}rules:\n  watch/ciru: error\n`));
    expect(errors).toEqual([
      {
        path: 'rules["watch/ciru"]',
        line: 5,
        expected: "one of `watch/criu`",
        message: "`watch/ciru` names no watch list of this config (did you mean `watch/criu`?)",
      },
    ]);
  });

  test("a key of the wrong shape is reported once, by the schema", () => {
    const errors = errorsOf(loadConfigText("rules:\n  fieldappended: error\n"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: "rules.fieldappended", line: 2 });
  });

  test("a thousand unknown ids are all reported; only the first get a guess, so the check stays cheap", () => {
    const keys = Array.from({ length: 1000 }, (_, i) => `  c/f-${i}: off`);
    const errors = errorsOf(loadConfigText(["rules:", ...keys].join("\n")));
    expect(errors).toHaveLength(1000);
    expect(errors.filter((e) => e.message.includes("did you mean")).length).toBeLessThanOrEqual(20);
  });
});
