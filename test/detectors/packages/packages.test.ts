import { describe, expect, it } from "@jest/globals";
import { abiError, runPackagesCase } from "./run-packages.js";

const ids = (out: { findings: { ruleId: string; symbol?: string }[] }) =>
  out.findings.map((f) => `${f.ruleId} ${f.symbol ?? ""}`.trim());

describe("packages detector on workspace fixtures", () => {
  it("npm workspaces: app depends on core, cli is unrelated, devDependencies do not link", () => {
    const out = runPackagesCase("npm-workspace-coordinated-and-unrelated");
    expect(ids(out)).toEqual(["packages/coordinated-change @acme/app -> @acme/core", "packages/multi-package"]);
    expect(out.findings[0].path).toBe("packages/core/src/index.js");
    expect(out.findings[1].message).toContain("3 packages in 2 unrelated groups (@acme/app, @acme/core; @acme/cli)");
    const graph = out.sections![0].markdown;
    expect(graph).toContain("graph LR");
    expect(graph).toContain('p0["@acme/app"]:::touched');
    expect(graph).toContain("p0 --> p2");
    expect(graph).not.toContain("testkit");
  });

  it("pnpm workspaces: an indirect dependency through an untouched package, negated globs excluded", () => {
    const out = runPackagesCase("pnpm-workspace-lock-step");
    expect(ids(out)).toEqual(["packages/coordinated-change web -> schema"]);
    expect(out.findings[0].message).toContain("depends (indirectly) on");
    expect(out.sections![0].markdown).toContain('["api"]');
    expect(out.sections![0].markdown).not.toContain("legacy");
  });

  it("Cargo workspace: an ABI error in a crate names its path and workspace=true dependents, not excluded members", () => {
    const out = runPackagesCase("cargo-header-change-with-dependents", {
      findings: [abiError("crates/core/include/rt_core.h", 6, "struct rt_frame")],
    });
    expect(ids(out)).toEqual(["packages/interface-change-with-dependents rt-core"]);
    expect(out.findings[0]).toMatchObject({
      severity: "error",
      category: "cross-package",
      path: "crates/core/include/rt_core.h",
      line: 6,
    });
    expect(out.findings[0].message).toContain("2 workspace packages depend on it: rt-cli, rt-server");
    expect(out.findings[0].message).not.toContain("xtask");
    // the graph: the changed crate highlighted, its dependents shown as unchanged neighbours
    expect(out.sections![0]).toEqual({
      title: "Packages",
      markdown: [
        "Changed packages are highlighted; arrows point from a package to what it depends on (2 unchanged neighbours shown).",
        "",
        "```mermaid",
        "graph LR",
        '  p0["rt-cli"]',
        '  p1["rt-core"]:::touched',
        '  p2["rt-server"]',
        "  p0 --> p1",
        "  p2 --> p1",
        "  classDef touched fill:#fde68a,stroke:#b45309",
        "```",
      ].join("\n"),
    });
  });

  it("go.work: replace to a local module links server to api, tools stands apart", () => {
    const out = runPackagesCase("go-work-coordinated-and-unrelated");
    expect(ids(out)).toEqual([
      "packages/coordinated-change example.com/shop/server -> example.com/shop/api",
      "packages/multi-package",
    ]);
  });

  it("config packages win and take their edges from the manifests inside them", () => {
    const config = { packages: { sdk: ["sdk/**"], console: ["apps/console/**"], docs: ["docs/**"] } };
    const out = runPackagesCase("config-globs-all-three-rules", {
      config,
      findings: [abiError("sdk/include/sdk.h", 3)],
    });
    expect(ids(out)).toEqual([
      "packages/coordinated-change console -> sdk",
      "packages/multi-package",
      "packages/interface-change-with-dependents sdk",
    ]);
    expect(out.sections![0].markdown).toContain("p0 --> p2");
  });

  it("stays silent with fewer than two packages", () => {
    const out = runPackagesCase("config-globs-all-three-rules", { findings: [abiError("sdk/include/sdk.h", 3)] });
    expect(out.findings).toEqual([]);
    expect(out.sections ?? []).toEqual([]);
  });
});
