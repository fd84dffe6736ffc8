import { describe, expect, it } from "@jest/globals";
import { reverseApplyHunks } from "../../src/engine/reverse-hunks.js";
import { hunksBetween, hunksFromPatch } from "../../src/engine/hunks.js";

/** A seeded generator of small texts and edits (mulberry32). */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomText(r: () => number): string {
  const n = Math.floor(r() * 30);
  const lines = Array.from(
    { length: n },
    () => ["int a;", "int b;", "", "};", "struct s {", "#define X 1"][Math.floor(r() * 6)]!,
  );
  return lines.join("\n") + (n > 0 && r() < 0.8 ? "\n" : "");
}

function mutate(text: string, r: () => number): string {
  const lines = text.split("\n");
  for (let i = 0; i < 1 + r() * 4; i++) {
    const at = Math.floor(r() * (lines.length + 1));
    const op = r();
    if (op < 0.4) lines.splice(at, 0, `int added_${i};`);
    else if (op < 0.8) lines.splice(at, 1);
    else lines[at] = `long changed_${i};`;
  }
  return r() < 0.2 ? lines.join("\n").replace(/\n$/, "") : lines.join("\n");
}

describe("reverseApplyHunks", () => {
  it("rebuilds the base version from the head version and the hunks, for 2,000 random edits", () => {
    const r = rng(20261122);
    for (let i = 0; i < 2000; i++) {
      const before = randomText(r);
      const after = mutate(before, r);
      if (before === after) continue;
      expect(reverseApplyHunks(after, hunksBetween(before, after))).toBe(before);
    }
  });

  it("reads GitHub's patch field, including the no-newline marker", () => {
    const patch =
      "@@ -1,2 +1,2 @@\n int x;\n-int y;\n\\ No newline at end of file\n+int z;\n\\ No newline at end of file";
    expect(reverseApplyHunks("int x;\nint z;", hunksFromPatch(patch))).toBe("int x;\nint y;");
  });

  it("says null when the hunks do not match the head version (a stale or truncated patch)", () => {
    const hunks = hunksBetween("a\nb\nc\n", "a\nB\nc\n");
    expect(reverseApplyHunks("a\nX\nc\n", hunks)).toBeNull();
    expect(reverseApplyHunks("a\nB\nc\n", [])).toBeNull();
  });
});
