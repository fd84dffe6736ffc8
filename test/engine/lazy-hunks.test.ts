import { describe, expect, it } from "@jest/globals";
import { deserialize, serialize } from "node:v8";
import { changeSetFromTrees } from "../../src/engine/from-trees.js";
import { hunksBetween, hunksPending, restoreLazyHunks, withoutPendingHunks } from "../../src/engine/hunks.js";
import { review } from "../../src/engine/review.js";
import { defaultConfig } from "../../src/config/defaults.js";

// A diff's hunks are computed only where something reads them (issue 15: the kernel's changed
// headers cost ≈ 0.15 s of jsdiff that a C review never uses), and whoever reads them gets exactly
// what the eager computation gave.
const before = { "include/a.h": "int a(void);\nint b(void);\n", "docs/x.txt": "one\ntwo\nthree\n" };
const after = { "include/a.h": "int a(void);\nint b(int);\n", "docs/x.txt": "one\n2\nthree\n", "new.h": "int n;\n" };

describe("lazy hunks", () => {
  it("a change set from two trees computes a pair's hunks when they are read, the same as hunksBetween", () => {
    const cs = changeSetFromTrees({ before, after });
    expect(cs.files.map(hunksPending)).toEqual([true, true, true]);
    const pair = cs.files.find((f) => f.path === "include/a.h")!;
    expect(pair.hunks).toEqual(hunksBetween(before["include/a.h"], after["include/a.h"]));
    expect(pair.hunks.length).toBe(1);
    expect(hunksPending(pair)).toBe(false);
    // a spread or JSON reads them too
    const added = cs.files.find((f) => f.path === "new.h")!;
    expect(JSON.parse(JSON.stringify(added)).hunks).toEqual(hunksBetween(null, "int n;\n"));
  });

  it("travels to another process without them and is computed there, when read", () => {
    const cs = changeSetFromTrees({ before, after });
    const read = cs.files[0]!.hunks; // one pair's hunks already computed here: they travel as they are
    const { changeSet, pendingHunks } = withoutPendingHunks(cs);
    expect(pendingHunks).toEqual([1, 2]);
    expect(cs.files.slice(1).map(hunksPending)).toEqual([true, true]); // sending did not compute them
    const received = restoreLazyHunks(deserialize(serialize(changeSet)), pendingHunks);
    expect(received.files[0]!.hunks).toEqual(read);
    expect(received.files.map(hunksPending)).toEqual([false, true, true]);
    for (const [i, pair] of received.files.entries())
      expect(pair.hunks).toEqual(hunksBetween(cs.files[i]!.before, cs.files[i]!.after));
  });

  it("a review that needs no hunks leaves them uncomputed; one whose generic finding stands computes them", async () => {
    const headers = changeSetFromTrees({
      before: { "include/a.h": before["include/a.h"] },
      after: { "include/a.h": after["include/a.h"] },
    });
    const understood = await review(headers, defaultConfig());
    expect(understood.findings.some((f) => f.ruleId.startsWith("c/"))).toBe(true);
    expect(hunksPending(headers.files[0]!)).toBe(true);

    // a file no semantic detector reads: the generic `interface/changed` finding, at the first changed line
    const config = defaultConfig();
    config.interfaces.include = [...config.interfaces.include, "docs/**"];
    const generic = changeSetFromTrees({
      before: { "docs/x.txt": before["docs/x.txt"] },
      after: { "docs/x.txt": after["docs/x.txt"] },
    });
    const out = await review(generic, config);
    expect(out.findings).toEqual([
      expect.objectContaining({ ruleId: "interface/changed", path: "docs/x.txt", line: 2 }),
    ]);
    expect(hunksPending(generic.files[0]!)).toBe(false);
  });
});
