import { describe, expect, it } from "@jest/globals";
import { blankMacros } from "../../../src/detectors/c/blank-macros.js";
import type { MacroScope } from "../../../src/detectors/c/attribute-macros.js";

/** A scope as attribute-macros.ts decides one: which names are attributes, calls, wrappers. */
function scope(kinds: { plain?: string[]; calls?: string[]; wrappers?: string[]; defined?: string[] }): MacroScope {
  return {
    plain: new Set(kinds.plain),
    calls: new Set(kinds.calls),
    wrappers: new Set(kinds.wrappers),
    defined: new Set(kinds.defined ?? [...(kinds.plain ?? []), ...(kinds.calls ?? []), ...(kinds.wrappers ?? [])]),
    declarationLists: [],
    key: "test",
  };
}

describe("blankMacros: what the preprocessor does to declarations, offsets and lines kept", () => {
  it("blanks attribute macros, a call with its arguments across lines, and a wrapper's name and outer parentheses", () => {
    const text = [
      "API int f(void) ALIGNED(8,",
      "  16);",
      "int OF((int a, long b)) ;",
      "struct s { int x; } PACKED;",
    ].join("\n");
    const out = blankMacros(text, scope({ plain: ["API", "PACKED"], calls: ["ALIGNED"], wrappers: ["OF"] }));
    expect(out).toBe(
      [
        `    int f(void) ${" ".repeat("ALIGNED(8,".length)}`,
        `${" ".repeat("  16)".length)};`,
        "int    (int a, long b)  ;",
        "struct s { int x; }       ;",
      ].join("\n"),
    );
    expect(out.length).toBe(text.length);
  });

  it("rescans a wrapper's argument for the attribute macros inside it", () => {
    const out = blankMacros("int OF((CALLBACK int a));", scope({ plain: ["CALLBACK"], wrappers: ["OF"] }));
    expect(out).toBe("int    (         int a) ;");
  });

  it("leaves comments, strings, directive lines and longer identifiers alone", () => {
    const text = [
      '#define API __attribute__((visibility("default")))',
      '/* API in a comment */ const char *s = "API"; // API',
      "int API_VERSION; int MY_API; API int g;",
    ].join("\n");
    const out = blankMacros(text, scope({ plain: ["API"] }));
    expect(out).toBe(text.replace("API int g", "    int g"));
  });

  it("blanks an export macro no header defines before a declarator, not an enumerator spelled like one", () => {
    const text = "FOO_EXPORT int f(void);\nenum e { KVM_SEV_CERT_EXPORT, FOO_EXPORT = 2 };";
    const out = blankMacros(text, scope({}));
    expect(out).toBe(text.replace("FOO_EXPORT int", "           int"));
  });

  it("returns the same string when nothing is in scope", () => {
    const text = "struct s { int x; };\n";
    expect(blankMacros(text, scope({ plain: ["API"] }))).toBe(text);
  });
});
