import { describe, expect, it } from "@jest/globals";
import { changeSetFromTrees } from "../../../src/engine/from-trees.js";
import { review } from "../../../src/engine/review.js";
import { defaultConfig } from "../../../src/config/defaults.js";

describe("ts detector symbols", () => {
  it("lists the exported classes, functions and other exports of both versions for cross-detector rules", async () => {
    const before = {
      "types/index.d.ts": "export declare class Client {}\nexport declare function connect(): Client;\n",
    };
    const after = {
      "types/index.d.ts":
        "export declare class Client {}\nexport declare function connect(): Client;\nexport interface Options {\n  url: string;\n}\nexport declare const VERSION: string;\n",
    };
    const result = await review(changeSetFromTrees({ before, after }), defaultConfig());
    const ts = (list: typeof result.symbols.after) =>
      list.filter((s) => s.path === "types/index.d.ts").map(({ name, kind, line }) => ({ name, kind, line }));
    expect(ts(result.symbols.before)).toEqual([
      { name: "Client", kind: "class", line: 1 },
      { name: "connect", kind: "function", line: 2 },
    ]);
    expect(ts(result.symbols.after)).toEqual([
      { name: "Client", kind: "class", line: 1 },
      { name: "connect", kind: "function", line: 2 },
      { name: "Options", kind: "export", line: 3 },
      { name: "VERSION", kind: "export", line: 6 },
    ]);
    expect(result.findings).toEqual([]);
  });
});
