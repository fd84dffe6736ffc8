import { describe, expect, test } from "@jest/globals";
import { diffTreeEntries } from "../../src/app/github-source/changed-files.js";

const blob = (path: string, sha: string) => ({ path, type: "blob", mode: "100644", sha: sha.repeat(40) });

describe("diffTreeEntries", () => {
  test("added, removed and modified by blob SHA; a rename is a removal plus an addition; sorted by path", () => {
    const before = [
      blob("a.h", "1"),
      blob("b.h", "2"),
      blob("old/name.h", "3"),
      blob("same.c", "4"),
      { path: "old", type: "tree", sha: "9".repeat(40) },
    ];
    const after = [
      blob("same.c", "4"),
      blob("new/name.h", "3"),
      blob("b.h", "5"),
      blob("c.h", "6"),
      { path: "new", type: "tree", sha: "8".repeat(40) },
    ];
    expect(diffTreeEntries(before, after)).toEqual([
      { filename: "a.h", status: "removed" },
      { filename: "b.h", status: "modified" },
      { filename: "c.h", status: "added" },
      { filename: "new/name.h", status: "added" },
      { filename: "old/name.h", status: "removed" },
    ]);
  });

  test("a submodule bump (a `commit` entry) carries no file contents and is not listed", () => {
    const sub = (sha: string) => ({ path: "vendor/lib", type: "commit", mode: "160000", sha: sha.repeat(40) });
    expect(diffTreeEntries([sub("1")], [sub("2")])).toEqual([]);
  });
});
