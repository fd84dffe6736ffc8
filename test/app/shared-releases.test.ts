import { describe, expect, test } from "@jest/globals";
import { createSharedReleases, releaseKey } from "../../src/app/release/shared-releases.js";
import type { LastRelease } from "../../src/app/release/find-last-release.js";

const V140: LastRelease = { release: { tag: "v1.4.0", sha: "a".repeat(40), branch: "main" } };
const V141: LastRelease = { release: { tag: "v1.4.1", sha: "b".repeat(40), branch: "main" } };

describe("release lookups shared by the pull requests of one base tip", () => {
  test("one lookup in flight for many reviews, its answer reused for a minute, then asked again", async () => {
    let clock = 0;
    const shared = createSharedReleases({ now: () => clock });
    let asked = 0;
    const lookup = (answer: LastRelease) => async () => {
      asked++;
      return answer;
    };
    const burst = await Promise.all([1, 2, 3].map(() => shared.find("k", lookup(V140))));
    expect(burst).toEqual([V140, V140, V140]);
    expect(asked).toBe(1);
    clock = 59_999;
    expect(await shared.find("k", lookup(V141))).toEqual(V140);
    expect(asked).toBe(1);
    // a tag added since is seen once the minute is over
    clock = 60_000;
    expect(await shared.find("k", lookup(V141))).toEqual(V141);
    expect(asked).toBe(2);
  });

  test("a failed lookup reaches every review waiting on it and is not remembered", async () => {
    const shared = createSharedReleases({ now: () => 0 });
    const failing = async (): Promise<LastRelease> => {
      throw Object.assign(new Error("Bad Gateway"), { status: 502 });
    };
    const waiting = [shared.find("k", failing), shared.find("k", failing)];
    for (const w of waiting) await expect(w).rejects.toThrow("Bad Gateway");
    expect(await shared.find("k", async () => V140)).toEqual(V140);
  });

  test("another base tip, branch, installation or search is another lookup", () => {
    const target = { owner: "o", repo: "r", base: { ref: "main", sha: "c".repeat(40) } };
    const search = { pattern: "v*", exclude: /-rc/, newest: true };
    const key = releaseKey(1, target, search);
    expect(releaseKey(1, target, { ...search })).toBe(key);
    expect(
      new Set([
        key,
        releaseKey(2, target, search),
        releaseKey(1, { ...target, base: { ref: "main", sha: "d".repeat(40) } }, search),
        releaseKey(1, { ...target, base: { ref: "stable", sha: "c".repeat(40) } }, search),
        releaseKey(1, target, { ...search, pattern: "release-*" }),
        releaseKey(1, target, { pattern: "v*", newest: false }),
      ]).size,
    ).toBe(6);
  });
});
