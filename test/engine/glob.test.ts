import { describe, expect, test } from "@jest/globals";
import { globProblem, matchesAny } from "../../src/engine/glob.js";
import { loadConfigText } from "../../src/config/load.js";
import { memberTests } from "../../src/detectors/packages/member-dirs.js";
import { UserError } from "../../src/engine/user-error.js";

// Issue 11, item 10: `+(a*|a*)x` took 36 s to test one 18-character path; a 70,000-character
// workspace glob ended in picomatch's bare SyntaxError.
describe("globs that cannot be matched in bounded time", () => {
  test.each([
    ["+(a*|a*)x", "puts a wildcard inside an extglob"],
    ["src/*(*(a)|b)/x", "nests an extglob inside another"],
    ["@(x|+(y))", "nests an extglob inside another"],
    ["!(a?)", "puts a wildcard inside an extglob"],
    ["x".repeat(1001), "is longer than 1000 characters"],
  ])("%.20s is refused", (glob, problem) => {
    expect(globProblem(glob)).toBe(problem);
  });

  test.each(["include/uapi/**", "**/*.{h,hpp}", "@(src|include)/**/*.h", "a\\*(b*)", "!(vendor)/**"])(
    "%s is allowed",
    (glob) => {
      expect(globProblem(glob)).toBeUndefined();
      expect(typeof matchesAny("include/a.h", [glob])).toBe("boolean");
    },
  );

  test("in the config: an error with the key path and line", () => {
    const result = loadConfigText('interfaces:\n  include:\n    - "include/**"\n    - "+(a*|a*)x"\n');
    expect(result.ok).toBe(false);
    const [error] = result.ok ? [] : result.errors;
    expect(error).toMatchObject({ path: "interfaces.include[1]", line: 4 });
    expect(error.message).toContain("puts a wildcard inside an extglob");
  });

  test("in a watch list's symbols and a package's globs too", () => {
    const result = loadConfigText(
      'watch:\n  - name: kvm\n    symbols: ["*(*(kvm)|x)"]\npackages:\n  libfoo: ["libs/+(foo*)"]\n',
    );
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(["watch[0].symbols[0]", "packages.libfoo[0]"]);
  });

  test("in a repository's workspace declaration: a UserError naming the file, not a stack trace", () => {
    const long = `packages:\n  - "${"x".repeat(70_000)}"\n`;
    expect(() => memberTests({ "pnpm-workspace.yaml": long })).toThrow(UserError);
    expect(() => memberTests({ "pnpm-workspace.yaml": long })).toThrow(/pnpm-workspace\.yaml.*longer than 1000/);
    expect(() => memberTests({ "package.json": '{"workspaces": ["packages/+(a*|b)"]}' })).toThrow(
      /wildcard inside an extglob/,
    );
  });
});
