import { describe, expect, test } from "@jest/globals";
import { configPreview } from "../../src/config/config-preview.js";
import { diffConfig } from "../../src/config/config-preview.js";
import { defaultConfig } from "../../src/config/defaults.js";

describe("diffConfig", () => {
  test("names changed keys as users write them; lists compare whole", () => {
    const before = defaultConfig();
    const after = {
      ...defaultConfig(),
      rules: { "c/*": "off" as const },
      limits: { ...before.limits, files: 10 },
      interfaces: { include: ["**/*.h"], exclude: [] },
    };
    expect(diffConfig(before, after)).toEqual([
      { path: "interfaces.include", before: before.interfaces.include, after: ["**/*.h"] },
      { path: "limits.files", before: 3000, after: 10 },
      { path: 'rules["c/*"]', before: undefined, after: "off" },
    ]);
  });

  test("equal configs have no changes", () => {
    expect(diffConfig(defaultConfig(), defaultConfig())).toEqual([]);
  });
});

describe("configPreview", () => {
  test("a valid file lists what would change after merge", () => {
    const preview = configPreview({
      current: defaultConfig(),
      proposedText: "rules:\n  interface/changed: notice\nlabels:\n  fork: false\n",
    });
    expect(preview.valid).toBe(true);
    expect(preview.markdown).toContain('| `labels.fork` | `"fork-impact"` | `false` |');
    expect(preview.markdown).toContain('| `rules["interface/changed"]` | _unset_ | `"notice"` |');
    expect(preview.markdown).toContain("still reviewed with the configuration on the default branch");
  });

  test("an invalid file warns that checks would fail, naming key and line", () => {
    const preview = configPreview({
      current: defaultConfig(),
      proposedText: "limits:\n  files: lots\n",
      docsUrl: "https://example.test/config.md",
    });
    expect(preview.valid).toBe(false);
    expect(preview.markdown).toContain("would **fail**");
    expect(preview.markdown).toContain('- line 2: `limits.files` must be a number (got the string "lots").');
  });

  test("a file with only comments changes nothing", () => {
    expect(configPreview({ current: defaultConfig(), proposedText: "# nothing yet\n" }).markdown).toContain(
      "changes no effective setting",
    );
  });

  test("deleting the file goes back to the defaults", () => {
    const current = { ...defaultConfig(), limits: { ...defaultConfig().limits, files: 5 } };
    const preview = configPreview({ current, proposedText: null });
    expect(preview.markdown).toContain("deletes the file");
    expect(preview.markdown).toContain("| `limits.files` | `5` | `3000` |");
  });
});
