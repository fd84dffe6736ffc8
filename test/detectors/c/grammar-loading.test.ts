import { describe, expect, it } from "@jest/globals";
import { cDetector } from "../../../src/detectors/c/index.js";
import { cppDetector } from "../../../src/detectors/cpp/index.js";
import { loadedGrammars, parseHeader } from "../../../src/detectors/c/language.js";

// Issue 15: the C++ grammar (3.4 MB of wasm) loads only when a header needs it. Jest gives this
// file its own module registry, so the state starts with no grammar loaded.
describe("grammar loading", () => {
  it("loads C at init and C++ only at the first header that needs it", async () => {
    expect(loadedGrammars()).toEqual([]);
    await cDetector.init!();
    await cppDetector.init!();
    expect(loadedGrammars()).toEqual(["c"]);

    const c = parseHeader("include/point.h", "struct point { int x; int y; };\nint area(struct point *p);\n");
    expect(c.language).toBe("c");
    expect(c.tree.rootNode.hasError).toBe(false);
    c.tree.delete();
    expect(loadedGrammars()).toEqual(["c"]);

    // a `.h` with C++ syntax: C is tried first, then the C++ grammar is loaded and wins
    const cpp = parseHeader("include/shape.h", "namespace geo {\nclass Shape {\npublic:\n  virtual ~Shape();\n};\n}\n");
    expect(cpp.language).toBe("cpp");
    expect(cpp.tree.rootNode.hasError).toBe(false);
    expect(cpp.tree.rootNode.descendantsOfType("class_specifier").length).toBe(1);
    cpp.tree.delete();
    expect(loadedGrammars()).toEqual(["c", "cpp"]);

    const hpp = parseHeader("include/shape.hpp", "template <typename T> struct box { T value; };\n");
    expect(hpp.language).toBe("cpp");
    expect(hpp.tree.rootNode.hasError).toBe(false);
    hpp.tree.delete();
  });
});
