import { describe, expect, test } from "@jest/globals";
import { createPrLock } from "../../src/app/pr-lock.js";

/** A promise and the function that settles it: a review held open until the test lets it finish. */
function gate() {
  let open!: () => void;
  const done = new Promise<void>((resolve) => (open = resolve));
  return { done, open };
}

describe("the per-PR lock", () => {
  test("runs one PR's reviews one after another, in arrival order, and others beside them", async () => {
    const withPrLock = createPrLock();
    const order: string[] = [];
    const first = gate();
    const a = withPrLock("o/r#1", "h1", async () => {
      order.push("a starts");
      await first.done;
      order.push("a ends");
    });
    const b = withPrLock("o/r#1", "h2", async () => void order.push("b"));
    const other = withPrLock("o/r#2", "h1", async () => void order.push("other PR"));
    await other;
    expect(order).toEqual(["a starts", "other PR"]);
    first.open();
    await Promise.all([a, b]);
    expect(order).toEqual(["a starts", "other PR", "a ends", "b"]);
  });

  test("knows when a review of another head waits behind the running one (the stale-head hint)", async () => {
    const withPrLock = createPrLock();
    const seen: boolean[] = [];
    const first = gate();
    const running = withPrLock("o/r#1", "h1", async () => {
      await first.done;
      seen.push(withPrLock.otherHeadWaiting("o/r#1", "h1"));
    });
    const sameHead = withPrLock("o/r#1", "h1", async () => {
      seen.push(withPrLock.otherHeadWaiting("o/r#1", "h1"));
    });
    const newHead = withPrLock("o/r#1", "h2", async () => {
      seen.push(withPrLock.otherHeadWaiting("o/r#1", "h2"));
    });
    expect(withPrLock.otherHeadWaiting("o/r#2", "h1")).toBe(false);
    first.open();
    await Promise.all([running, sameHead, newHead]);
    // h1 while h2 waits: yes; the second h1 review, h2 still waiting: yes; h2, nothing behind it: no
    expect(seen).toEqual([true, true, false]);
    expect(withPrLock.otherHeadWaiting("o/r#1", "h1")).toBe(false);
  });

  test("a failed review does not hold the lock", async () => {
    const withPrLock = createPrLock();
    await expect(withPrLock("o/r#1", "h1", async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(withPrLock("o/r#1", "h2", async () => "ran")).resolves.toBe("ran");
    expect(withPrLock.otherHeadWaiting("o/r#1", "h1")).toBe(false);
  });
});
