import { describe, expect, it } from "@jest/globals";
import { blankDirectiveComments } from "../../../src/detectors/c/directive-comments.js";
import { splitInnerDirectives } from "../../../src/detectors/c/inner-directives.js";

/**
 * The text passes before parsing stop only at the characters they act on (issue 15: every text of
 * an include closure goes through them). What they give must not depend on that: comments,
 * literals, line starts and continuations are read as when each character was stepped through —
 * the expected texts below are the earlier scans' output.
 */
describe("comments inside directives", () => {
  it("blanks a directive's comments and the blanks they leave at its end, not other comments", () => {
    expect(blankDirectiveComments("#define A 1 /* one */\nint x; /* not in a directive */\n")).toBe(
      "#define A 1\nint x; /* not in a directive */\n",
    );
  });

  it("follows a directive over its continuation lines, to a line comment", () => {
    expect(blankDirectiveComments("#define F(x) \\\n  /* a */ (x) \\\n  + 1 // b\nint y;\n")).toBe(
      "#define F(x) \\\n          (x) \\\n  + 1\nint y;\n",
    );
  });

  it("starts a directive after a comment at the line's start, not inside a literal or after code", () => {
    expect(blankDirectiveComments('/* lead */ #define B 2 /* two */\nchar *s = "#define C /* 3 */";\n')).toBe(
      '/* lead */ #define B 2\nchar *s = "#define C /* 3 */";\n',
    );
    expect(blankDirectiveComments("int z; #define D 4 /* no */\n")).toBe("int z; #define D 4 /* no */\n");
  });
});

describe("directives inside braces", () => {
  it("moves a define or undef written in a body to the directives text, continuations and comments too", () => {
    const text = "struct s {\n\tint a;\n#define S_FLAG 1 /* a\n b */\n\tint b;\n\t# undef S_OLD \\\n\t  more\n};\n";
    expect(splitInnerDirectives(text)).toEqual({
      code: "struct s {\n\tint a;\n                     \n     \n\tint b;\n                \n       \n};\n",
      directives: "\n\n#define S_FLAG 1 /* a\n b */\n\n\t# undef S_OLD \\\n\t  more\n\n",
    });
  });

  it("leaves directives after code or a comment on their line, and those at file scope", () => {
    const text = "struct s {\n /* c */ #define NO 1\n\tint a; #define NO2 2\n};\n#define TOP 1\n";
    expect(splitInnerDirectives(text)).toEqual({ code: text, directives: null });
  });

  it("counts braces outside comments and literals only", () => {
    const text = "enum e { E_A, // x\n#define E_A E_A\n E_B, '{', \"}\" \n#define E_B E_B\n};\n";
    expect(splitInnerDirectives(text)).toEqual({
      code: "enum e { E_A, // x\n               \n E_B, '{', \"}\" \n               \n};\n",
      directives: "\n#define E_A E_A\n\n#define E_B E_B\n\n",
    });
  });
});
