import { describe, expect, it } from "@jest/globals";
import { showFiles, TOO_LARGE } from "../../src/cli/git.js";
import { makeGitRepo } from "../helpers/git-repo.js";

/** Reads through `git cat-file --batch` must give what `git show <ref>:<path>` gives, name by name. */
describe("showFiles (one git cat-file for many files)", () => {
  const repo = makeGitRepo();
  const first = repo.commit("one", {
    "include/a.h": "int a;\n",
    "with space/b c.h": "int b;\n",
    "dir/x missing.h": "tricky name\n",
    "empty.h": "",
    "blob.bin": "\u0000\u0001binary\n",
    "big.h": "x".repeat(5000),
  });
  const second = repo.commit("two", { "include/a.h": "long a;\n" });

  it("answers each entry in order, across refs, with null for what is not a readable file", () => {
    const out = showFiles(repo.dir, [
      { ref: first, path: "include/a.h" },
      { ref: second, path: "include/a.h" },
      { ref: first, path: "with space/b c.h" },
      { ref: first, path: "dir/x missing.h" },
      { ref: first, path: "nope.h" },
      { ref: first, path: "include" },
      { ref: first, path: "empty.h" },
      { ref: "no-such-ref", path: "include/a.h" },
      { ref: first, path: "blob.bin" },
    ]);
    expect(out.map((b) => (b === null || b === TOO_LARGE ? b : b.toString("utf8")))).toEqual([
      "int a;\n",
      "long a;\n",
      "int b;\n",
      "tricky name\n",
      null,
      null, // a tree
      "",
      null,
      "\u0000\u0001binary\n",
    ]);
  });

  it("never reads a blob over maxBytes, and tells it apart from a missing one", () => {
    const out = showFiles(
      repo.dir,
      [
        { ref: first, path: "big.h" },
        { ref: first, path: "include/a.h" },
        { ref: first, path: "gone.h" },
      ],
      4096,
    );
    expect(out[0]).toBe(TOO_LARGE);
    expect(out[1]?.toString()).toBe("int a;\n");
    expect(out[2]).toBeNull();
  });

  it("reads a path with a line break (which a batch line cannot name) on its own", () => {
    const name = "odd\nname.h";
    const third = repo.commit("three", { [name]: "int odd;\n" });
    const out = showFiles(repo.dir, [
      { ref: third, path: name },
      { ref: third, path: "include/a.h" },
    ]);
    expect(out.map((b) => (b === null || b === TOO_LARGE ? b : b.toString()))).toEqual(["int odd;\n", "long a;\n"]);
  });

  it("gives null for every entry outside a repository, without throwing", () => {
    const out = showFiles("/", [{ ref: "HEAD", path: "a.h" }]);
    expect(out).toEqual([null]);
  });
});
