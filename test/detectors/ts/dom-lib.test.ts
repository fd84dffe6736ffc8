import { describe, expect, it } from "@jest/globals";
import { DOM_GLOBALS } from "../../../src/detectors/ts/dom-globals.js";
import { domGlobalsOfInstalledTypescript } from "../../../src/detectors/ts/dom-lib.js";
import { ES_LIB, FULL_LIB, loadLibFiles } from "../../../src/detectors/ts/lib-files.js";
import { twoSidedProgram } from "../../../src/detectors/ts/program.js";

/** The default lib of the comparison program of one package file, the same on both sides. */
function libOf(files: Record<string, string>, root = "index.d.ts"): string {
  loadLibFiles();
  const reader = { read: (p: string) => files[p], listed: () => false };
  const tp = twoSidedProgram({ before: [root], after: [root] }, { before: reader, after: reader }, () => {});
  return tp.libFile.slice("/lib/".length);
}

describe("the DOM lib, loaded only for packages that need it", () => {
  it("lists exactly the globals the installed TypeScript's DOM lib files add to ES2022", () => {
    // On a TypeScript upgrade: npm run build && node scripts/write-dom-globals.js
    expect([...DOM_GLOBALS].sort()).toEqual(domGlobalsOfInstalledTypescript());
    expect(DOM_GLOBALS.has("HTMLElement")).toBe(true);
    expect(DOM_GLOBALS.has("Promise")).toBe(false);
  });

  it("is loaded for a declaration naming a DOM type, in a type, a typeof or an extends clause", () => {
    expect(libOf({ "index.d.ts": "export declare function mount(el: HTMLElement): void;\n" })).toBe(FULL_LIB);
    expect(libOf({ "index.d.ts": "export declare const doc: typeof document;\n" })).toBe(FULL_LIB);
    expect(libOf({ "index.d.ts": "export interface Custom extends Event {\n  detail: string;\n}\n" })).toBe(FULL_LIB);
    expect(libOf({ "index.d.ts": "export declare function send(body: globalThis.Blob): void;\n" })).toBe(FULL_LIB);
  });

  it("is loaded when a file references a DOM lib itself", () => {
    expect(libOf({ "index.d.ts": '/// <reference lib="dom" />\nexport declare function f(): void;\n' })).toBe(FULL_LIB);
  });

  it("is not loaded for ES2022 names, member names spelled like DOM globals, or DOM names the package declares", () => {
    expect(libOf({ "index.d.ts": "export declare function all<T>(p: Promise<T>[]): Map<string, T>;\n" })).toBe(ES_LIB);
    // `name`, `close`, `Event` and `status` are DOM globals, but here only member and parameter names.
    const members = "export interface Socket {\n  name: string;\n  Event: number;\n  close(status: number): void;\n}\n";
    expect(libOf({ "index.d.ts": members })).toBe(ES_LIB);
    const local = "interface Event {\n  type: string;\n}\nexport declare function emit(e: Event): void;\n";
    expect(libOf({ "index.d.ts": local })).toBe(ES_LIB);
    const imported = {
      "index.d.ts": 'import { Blob } from "./blob";\nexport declare function read(b: Blob): void;\n',
      "blob.d.ts": "export interface Blob {\n  size: number;\n}\n",
    };
    expect(libOf(imported)).toBe(ES_LIB);
  });

  it("is not loaded for a DOM name the package declares as a global of its own (the @types/node shape)", () => {
    // Global scripts are made modules in the comparison program, so `Console` does not resolve
    // there; in a consumer's program it is the package's own global.
    const files = {
      "index.d.ts": '/// <reference path="globals.d.ts" />\n/// <reference path="console.d.ts" />\n',
      "globals.d.ts": "declare var console: Console;\n",
      "console.d.ts":
        'declare module "console" {\n  global {\n    interface Console {\n      log(...data: any[]): void;\n    }\n  }\n}\n',
    };
    expect(libOf(files)).toBe(ES_LIB);
    // The same name, used and declared by nobody in the package: the DOM supplies it.
    expect(libOf({ ...files, "console.d.ts": 'declare module "console" {}\n' })).toBe(FULL_LIB);
  });
});
