import { afterEach, beforeAll, describe, expect, it } from "@jest/globals";
import { changeSetFromTrees } from "../../../src/engine/from-trees.js";
import { review } from "../../../src/engine/review.js";
import { defaultConfig } from "../../../src/config/defaults.js";
import { fileSharing, twoSidedProgram, type SideReader } from "../../../src/detectors/ts/program.js";
import { loadLibFiles } from "../../../src/detectors/ts/lib-files.js";

/**
 * The comparison program holds a file whose text and dependencies are the same on both sides
 * once (shared-files.ts). Sharing must never change a finding: each case is reviewed with and
 * without it, and the findings must be equal — and must be there, so a sharing that hid a
 * change (the head side seeing the base's version, or an augmentation leaking to the other
 * side) would fail. Each case also states which files were shared.
 */
type Tree = Record<string, string>;

const manifest = JSON.stringify({ name: "pkg", version: "1.0.0", types: "index.d.ts" });

async function findings(before: Tree, after: Tree, share: boolean) {
  fileSharing.enabled = share;
  const result = await review(changeSetFromTrees({ before, after }), defaultConfig());
  return result.findings
    .filter((f) => f.ruleId.startsWith("ts/"))
    .map((f) => ({ rule: f.ruleId, path: f.path, line: f.line, severity: f.severity, message: f.message }));
}

function sharedPaths(before: Tree, after: Tree, roots: string[]): string[] {
  const reader = (t: Tree): SideReader => ({ read: (p) => t[p], listed: (p) => p in t });
  const tp = twoSidedProgram(
    { before: roots, after: roots },
    { before: reader(before), after: reader(after) },
    () => {},
  );
  return [...tp.shared].sort();
}

async function sameWithAndWithout(before: Tree, after: Tree) {
  const unshared = await findings(before, after, false);
  const shared = await findings(before, after, true);
  expect(shared).toEqual(unshared);
  return shared;
}

beforeAll(() => loadLibFiles());
afterEach(() => {
  fileSharing.enabled = true;
});

describe("files shared between the two sides of a comparison program", () => {
  it("a changed file re-exported through unchanged ones: those are not shared, the change is found", async () => {
    const before: Tree = {
      "package.json": manifest,
      "index.d.ts": `export * from "./api";\nexport * from "./extra";\n`,
      "api.d.ts": `import { Options } from "./types";\nexport { Options };\nexport declare function run(o: Options): void;\n`,
      "types.d.ts": `export interface Options {\n  timeout: number;\n}\n`,
      "extra.d.ts": `export declare function version(): string;\n`,
    };
    const after = {
      ...before,
      "types.d.ts": `export interface Options {\n  timeout: number;\n  retries: number;\n}\n`,
    };
    expect(sharedPaths(before, after, ["index.d.ts"])).toEqual(["extra.d.ts"]);
    const found = await sameWithAndWithout(before, after);
    expect(found.some((f) => f.severity === "error" && f.message.includes("retries"))).toBe(true);
  });

  it("import cycles: a cycle of unchanged files is shared, one reaching a changed file is not", async () => {
    const before: Tree = {
      "package.json": manifest,
      "index.d.ts": `export * from "./a";\nexport * from "./x";\n`,
      "a.d.ts": `import { B } from "./b";\nexport interface A {\n  b: B;\n}\nexport { B };\n`,
      "b.d.ts": `import { A } from "./a";\nimport { Limit } from "./limits";\nexport interface B {\n  a: A;\n  limit: Limit;\n}\n`,
      "limits.d.ts": `export type Limit = number | string;\n`,
      "x.d.ts": `import { Y } from "./y";\nexport interface X {\n  y: Y;\n}\n`,
      "y.d.ts": `import { X } from "./x";\nexport interface Y {\n  x?: X;\n}\n`,
    };
    const after = { ...before, "limits.d.ts": `export type Limit = number;\n` };
    expect(sharedPaths(before, after, ["index.d.ts"])).toEqual(["x.d.ts", "y.d.ts"]);
    const found = await sameWithAndWithout(before, after);
    expect(found.some((f) => f.message.includes("Limit"))).toBe(true);
  });

  it("a head-side augmentation of an unchanged module: the program is built unshared", async () => {
    const before: Tree = {
      "package.json": manifest,
      "index.d.ts": `export { Options } from "./options";\nimport "./augment";\nexport declare function request(o: import("./options").Options): void;\n`,
      "options.d.ts": `export interface Options {\n  timeout: number;\n}\n`,
      "augment.d.ts": `export {};\n`,
    };
    const after = {
      ...before,
      "augment.d.ts": `import "./options";\ndeclare module "./options" {\n  interface Options {\n    retries: number;\n  }\n}\n`,
    };
    expect(sharedPaths(before, after, ["index.d.ts"])).toEqual([]);
    const found = await sameWithAndWithout(before, after);
    expect(found.some((f) => f.message.includes("retries"))).toBe(true);
  });

  it("a base-side augmentation of an unchanged module: that module is not shared", async () => {
    const before: Tree = {
      "package.json": manifest,
      "index.d.ts": `export { Options } from "./options";\nimport "./augment";\nexport declare function read(): import("./options").Options;\n`,
      "options.d.ts": `export interface Options {\n  timeout: number;\n}\n`,
      "augment.d.ts": `import "./options";\ndeclare module "./options" {\n  interface Options {\n    retries: number;\n  }\n}\n`,
      "other.d.ts": `export type Id = string;\n`,
    };
    const after = { ...before, "augment.d.ts": `export {};\n` };
    const withOther = { ...before, "index.d.ts": `${before["index.d.ts"]}export * from "./other";\n` };
    const afterWithOther = { ...after, "index.d.ts": withOther["index.d.ts"] };
    expect(sharedPaths(withOther, afterWithOther, ["index.d.ts"])).toEqual(["other.d.ts"]);
    const found = await sameWithAndWithout(withOther, afterWithOther);
    expect(found.some((f) => f.message.includes("retries"))).toBe(true);
  });

  it("a global augmentation that differs on one side while the file using it is shared", async () => {
    const before: Tree = {
      "package.json": manifest,
      "index.d.ts": `import "./globals";\nexport * from "./util";\n`,
      "globals.d.ts": `declare global {\n  interface PkgEnv {\n    home: string;\n  }\n}\nexport {};\n`,
      "util.d.ts": `export declare function configure(env: PkgEnv): void;\n`,
    };
    const after = {
      ...before,
      "globals.d.ts": `declare global {\n  interface PkgEnv {\n    home: string;\n    shell: string;\n  }\n}\nexport {};\n`,
    };
    expect(sharedPaths(before, after, ["index.d.ts"])).toEqual(["util.d.ts"]);
    const found = await sameWithAndWithout(before, after);
    expect(found.some((f) => f.message.includes("shell"))).toBe(true);
  });

  it("@types-style ambient modules assembled with `/// <reference path>`: the unchanged ones are shared", async () => {
    const before: Tree = {
      "package.json": manifest,
      "index.d.ts": `/// <reference path="fs.d.ts" />\n/// <reference path="events.d.ts" />\n`,
      "events.d.ts": `declare module "events" {\n  class EventEmitter {\n    on(name: string, f: () => void): this;\n  }\n  export = EventEmitter;\n}\n`,
      "fs.d.ts": `declare module "fs" {\n  export function readFileSync(path: string): string;\n  export function rmdirSync(path: string): void;\n}\n`,
    };
    const after = {
      ...before,
      "fs.d.ts": `declare module "fs" {\n  export function readFileSync(path: string): string;\n}\n`,
    };
    expect(sharedPaths(before, after, ["index.d.ts"])).toEqual(["events.d.ts"]);
    const found = await sameWithAndWithout(before, after);
    expect(found.some((f) => f.severity === "error" && f.message.includes("rmdirSync"))).toBe(true);
  });
});
