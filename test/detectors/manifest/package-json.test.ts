import { defaultConfig } from "../../../src/config/defaults.js";
import { describe, expect, it } from "@jest/globals";
import { environmentsOf, exportsMap, resolveTarget, servedBy } from "../../../src/detectors/manifest/exports-map.js";
import { breakingWithoutMajorBump, isBreakingBump } from "../../../src/detectors/manifest/version-bump.js";
import { sidesOf } from "../../../src/engine/sides.js";
import { changeSetFromTrees } from "../../../src/engine/from-trees.js";
import type { Finding } from "../../../src/engine/types.js";
import { jsonLine } from "../../../src/detectors/manifest/json-lines.js";

describe("isBreakingBump", () => {
  it.each([
    ["1.4.0", "2.0.0", true],
    ["1.4.0", "2.0.0-rc.1", true],
    ["1.4.0", "1.5.0", false],
    ["1.4.0", "1.4.0", false],
    ["0.3.1", "0.4.0", true],
    ["0.3.1", "0.3.2", false],
    ["0.3.1", "1.0.0", true],
    ["2.0.0", "1.9.0", false],
    ["not-a-version", "2.0.0", false],
  ])("%s → %s is %s", (before, after, expected) => {
    expect(isBreakingBump(before, after)).toBe(expected);
  });
});

describe("exportsMap", () => {
  it("treats a string target and a default condition alike, and nests condition paths", () => {
    expect(exportsMap("./index.js")).toEqual(new Map([[".", new Set([""])]]));
    expect(exportsMap({ default: "./index.js" })).toEqual(new Map([[".", new Set([""])]]));
    expect(
      exportsMap({ ".": { import: { types: "./a.d.mts", default: "./a.mjs" }, require: "./a.cjs" }, "./x": null }),
    ).toEqual(
      new Map([
        [".", new Set(["import.types", "import", "require"])],
        ["./x", new Set(["!"])],
      ]),
    );
    expect(exportsMap(undefined)).toBeUndefined();
  });

  it("serves a removed subpath through a pattern, but not through a blocked one", () => {
    const after = exportsMap({ "./utils/*": "./dist/utils/*.js", "./internal/*": null })!;
    expect(servedBy(after)("./utils/strings")).toBe(true);
    expect(servedBy(after)("./internal/x")).toBe(false);
    expect(servedBy(after)("./feature")).toBe(false);
  });
});

describe("resolveTarget", () => {
  const env = (...c: string[]) => new Set(c);

  it("tries condition keys in object order, a branch resolving to nothing falling through", () => {
    const target = { import: { types: "./a.d.mts" }, node: "./a.cjs", default: "./a.js" };
    expect(resolveTarget(target, env("import", "node"))).toBe("./a.cjs");
    expect(resolveTarget(target, env("import", "types"))).toBe("./a.d.mts");
    expect(resolveTarget(target, env("require"))).toBe("./a.js");
    expect(resolveTarget({ import: "./a.mjs" }, env("require"))).toBeUndefined();
  });

  it("takes an array's first entry that resolves, and keeps null (blocked) apart from no match", () => {
    expect(resolveTarget([{ worker: "./w.js" }, "./a.js"], env("import"))).toBe("./a.js");
    expect(resolveTarget({ require: null, default: "./a.js" }, env("require"))).toBeNull();
  });

  it("gives a condition path the environments that take it: import or require are always set", () => {
    expect(environmentsOf("node.require")).toEqual([env("node", "require", "default")]);
    expect(environmentsOf("")).toEqual([env("default", "import"), env("default", "require")]);
  });
});

describe("jsonLine", () => {
  it("finds nested keys, and falls back to the nearest ancestor", () => {
    const text = '{\n  "name": "x",\n  "exports": {\n    ".": "./a.js",\n    "./b": "./b.js"\n  }\n}\n';
    expect(jsonLine(text, ["exports", "./b"])).toBe(5);
    expect(jsonLine(text, ["exports", "./missing"])).toBe(3);
    expect(jsonLine(text, ["version"])).toBe(1);
  });
});

describe("breakingWithoutMajorBump", () => {
  const config = defaultConfig();
  const error: Finding = {
    ruleId: "ts/export-removed",
    category: "abi",
    severity: "error",
    path: "packages/kv/index.d.ts",
    line: 1,
    message: "",
  };
  const trees = (version: string) => ({
    "package.json": JSON.stringify({ name: "root", version: "3.0.0" }),
    "packages/kv/package.json": JSON.stringify({ name: "@acme/kv", version }),
    "packages/kv/index.d.ts": `export declare const v: "${version}";`,
  });

  it("blames the nearest package whose version did not take a major step", () => {
    const cs = changeSetFromTrees({ before: trees("1.4.0"), after: trees("1.5.0") });
    const out = breakingWithoutMajorBump([error], sidesOf(cs), config);
    expect(out.map((f) => [f.ruleId, f.severity, f.path, f.symbol])).toEqual([
      ["manifest/breaking-without-major-bump", "error", "packages/kv/package.json", "@acme/kv@1.5.0"],
    ]);
    expect(
      breakingWithoutMajorBump(
        [error],
        sidesOf(changeSetFromTrees({ before: trees("1.4.0"), after: trees("2.0.0") })),
        config,
      ),
    ).toEqual([]);
  });

  it("is a notice that the next release must be major when the pull request leaves the version alone", () => {
    const before = trees("1.4.0");
    const cs = changeSetFromTrees({ before, after: { ...before, "packages/kv/index.d.ts": "" } });
    const [f] = breakingWithoutMajorBump([error], sidesOf(cs), config);
    expect([f!.severity, f!.message]).toEqual([
      "notice",
      "1 breaking finding (ts/export-removed) in `@acme/kv`: the next release must be 2.0.0 or later (the version stays 1.4.0 here; versions are bumped at release, `versions.bump: release`).",
    ]);
    const strict = { ...config, versions: { bump: "pull-request" as const } };
    expect(breakingWithoutMajorBump([error], sidesOf(cs), strict).map((x) => x.severity)).toEqual(["error"]);
  });

  it("stays silent, rather than blame the root package, when the nearest manifest was not fetched", () => {
    const before = trees("1.4.0");
    const cs = changeSetFromTrees({ before, after: { ...before, "packages/kv/index.d.ts": "" } });
    delete cs.workspace!.files["packages/kv/package.json"];
    expect(breakingWithoutMajorBump([error], sidesOf(cs), config)).toEqual([]);
  });
});
