import { describe, expect, it } from "@jest/globals";
import { main } from "../../../src/cli/main.js";
import { tsFilesWanted } from "../../../src/detectors/ts/wanted-files.js";
import { captureIo } from "../../helpers/capture.js";
import { makeGitRepo } from "../../helpers/git-repo.js";

describe("tsFilesWanted", () => {
  const paths = [
    "package.json",
    "tsconfig.base.json",
    "packages/kv/package.json",
    "packages/kv/tsconfig.json",
    "packages/kv/src/index.ts",
    "packages/kv/src/store.ts",
    "packages/kv/src/store.test.ts",
    "packages/kv/test/helpers.ts",
    "packages/kv/node_modules/dep/index.d.ts",
    "packages/kv/plugins/package.json",
    "packages/kv/plugins/index.ts",
    "packages/other/src/index.ts",
    "types/globals.d.ts",
    "types/extra/more.d.ts",
    "README.md",
  ];

  it("wants the TypeScript files and tsconfigs of the package a changed file is in, nothing of other packages or tests", () => {
    expect(tsFilesWanted(paths, ["packages/kv/src/store.ts"])).toEqual([
      "packages/kv/tsconfig.json",
      "tsconfig.base.json",
      "packages/kv/src/index.ts",
    ]);
  });

  it("wants the folder of a declaration file outside any package", () => {
    expect(tsFilesWanted(["types/globals.d.ts", "types/extra/more.d.ts", "src/a.ts"], ["types/globals.d.ts"])).toEqual([
      "types/extra/more.d.ts",
    ]);
  });

  it("wants nothing when no TypeScript file changed", () => {
    expect(tsFilesWanted(paths, ["README.md", "packages/kv/package.json"])).toEqual([]);
  });
});

async function check(dir: string) {
  const c = captureIo();
  const code = await main(["check", "--repo", dir, "--format", "json"], c.io);
  return {
    code,
    json: JSON.parse(c.stdout()) as {
      conclusion: string;
      findings: { ruleId: string; symbol?: string; path: string }[];
    },
  };
}

const MANIFEST = JSON.stringify({ name: "kv-lite", version: "1.0.0", main: "lib/index.js" }, null, 2);
const INDEX = 'export { Store } from "./store.js";\n';
const STORE =
  "export declare class Store {\n  get(key: string): string | undefined;\n  delete(key: string): boolean;\n}\n";

describe("impactgate check on a TypeScript package", () => {
  function repo() {
    const r = makeGitRepo();
    r.commit("initial", {
      "package.json": MANIFEST,
      "lib/index.d.ts": INDEX,
      "lib/store.d.ts": STORE,
      "lib/internal/encode.d.ts": "export declare function encode(key: string): string;\n",
    });
    r.git("checkout", "-q", "-b", "feature");
    return r;
  }

  it("reads the unchanged entry point to judge a change in the file it re-exports", async () => {
    const r = repo();
    r.commit("drop delete", { "lib/store.d.ts": STORE.replace("  delete(key: string): boolean;\n", "") });
    const { code, json } = await check(r.dir);
    expect(code).toBe(1);
    expect(json.findings.map((f) => `${f.ruleId} ${f.symbol}`)).toContain("ts/class-member-removed Store.delete");
  });

  it("passes a change to a file no entry point reaches", async () => {
    const r = repo();
    r.commit("internal helper takes a salt", {
      "lib/internal/encode.d.ts": "export declare function encode(key: string, salt: string): string;\n",
    });
    const { code, json } = await check(r.dir);
    expect(json.findings).toEqual([]);
    expect(code).toBe(0);
    expect(json.conclusion).toBe("success");
  });
});
