import { describe, expect, it } from "@jest/globals";
import { memberTests } from "../../../src/detectors/packages/member-dirs.js";
import { discoverPackages } from "../../../src/detectors/packages/index.js";
import { defaultConfig } from "../../../src/config/defaults.js";

describe("workspace member declarations", () => {
  it("yarn's object form, lerna's default, negations", () => {
    const yarn = memberTests({
      "package.json": JSON.stringify({ workspaces: { packages: ["libs/**", "!libs/internal"] } }),
    });
    expect(["libs/a", "libs/a/b", "libs/internal", "apps/x"].map((d) => yarn.npm!(d))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    const lerna = memberTests({ "lerna.json": "{}" });
    expect(["packages/a", "modules/a"].map((d) => lerna.npm!(d))).toEqual([true, false]);
  });

  it("a Cargo root that is also a package is a member; excluded members are not", () => {
    const t = memberTests({
      "Cargo.toml": '[package]\nname = "root"\n[workspace]\nmembers = ["crates/*"]\nexclude = ["crates/old"]\n',
    });
    expect(["", "crates/a", "crates/old"].map((d) => t.cargo!(d))).toEqual([true, true, false]);
  });

  it("go.work use lines, single and in blocks, and `.`", () => {
    const t = memberTests({ "go.work": "go 1.22\nuse .\nuse (\n\t./svc // the service\n)\n" });
    expect(["", "svc", "other"].map((d) => t.go!(d))).toEqual([true, true, false]);
  });

  it("unparseable root files declare nothing (and never throw)", () => {
    expect(
      memberTests({ "package.json": "{", "pnpm-workspace.yaml": "packages: [", "Cargo.toml": "[workspace" }),
    ).toEqual({});
  });

  it("a root Go module with a nested member: each file belongs to the deepest member", () => {
    const files = {
      "go.work": "use (\n\t.\n\t./tools\n)\n",
      "go.mod": "module example.com/root\n",
      "tools/go.mod": "module example.com/tools\nrequire example.com/root v0.0.0\n",
    };
    const graph = discoverPackages({ paths: Object.keys(files), files }, defaultConfig());
    expect(graph.packages.map((p) => [p.name, p.dir])).toEqual([
      ["example.com/root", ""],
      ["example.com/tools", "tools"],
    ]);
    expect([...graph.dependsOn.get("example.com/tools")!]).toEqual(["example.com/root"]);
  });
});
