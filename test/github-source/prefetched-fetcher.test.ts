import { describe, expect, it } from "@jest/globals";
import { blobKey, prefetchedFetcher } from "../../src/app/github-source/contents.js";
import type { BlobNode, BlobRequest, BlobResult, ContentFetcher } from "../../src/app/github-source/contents.js";

const HEAD = "h".repeat(40);
const BASE = "b".repeat(40);
const blob = (text: string | null, extra: Partial<BlobNode> = {}): BlobNode => ({
  __typename: "Blob",
  text,
  isBinary: false,
  isTruncated: false,
  byteSize: text?.length ?? 0,
  ...extra,
});

/** A fetcher that records each call's requests and answers `<name>:<ref>:<path>`. */
function recording(name: string) {
  const calls: { requests: string[]; maxBytes: number }[] = [];
  const fetcher: ContentFetcher = {
    async fetch(requests, { maxBytes }) {
      calls.push({ requests: requests.map(blobKey), maxBytes });
      return requests.map((r): BlobResult => ({ text: `${name}:${blobKey(r)}` }));
    },
  };
  return { calls, fetcher };
}

const req = (path: string, ref = HEAD): BlobRequest => ({ path, ref });

describe("prefetchedFetcher", () => {
  it("serves what the review query read, sends the misses in one call and what GraphQL truncated to REST, in order", async () => {
    const prefetched = new Map<string, BlobNode | null>([
      [`${HEAD}:include/a.h`, blob("int a;\n")],
      [`${HEAD}:include/big.h`, blob("int b", { isTruncated: true, byteSize: 900_000 })],
      [`${BASE}:package.json`, null],
    ]);
    const misses = recording("misses");
    const rest = recording("rest");
    const requests = [
      req("include/a.h"),
      req("include/x.h"),
      req("include/big.h"),
      req("package.json", BASE),
      req("include/a.h", BASE),
      req("include/y.h"),
    ];
    const results = await prefetchedFetcher(prefetched, misses.fetcher, rest.fetcher).fetch(requests, {
      maxBytes: 1_000_000,
    });
    expect(results).toEqual([
      { text: "int a;\n" },
      { text: `misses:${HEAD}:include/x.h` },
      { text: `rest:${HEAD}:include/big.h` },
      { text: null, skipped: "not found at that commit" },
      { text: `misses:${BASE}:include/a.h` }, // the same path at another ref is another version
      { text: `misses:${HEAD}:include/y.h` },
    ]);
    expect(misses.calls).toEqual([
      { requests: [`${HEAD}:include/x.h`, `${BASE}:include/a.h`, `${HEAD}:include/y.h`], maxBytes: 1_000_000 },
    ]);
    expect(rest.calls).toEqual([{ requests: [`${HEAD}:include/big.h`], maxBytes: 1_000_000 }]);
  });

  it("asks nobody when everything was prefetched", async () => {
    const misses = recording("misses");
    const rest = recording("rest");
    const fetcher = prefetchedFetcher(new Map([[`${HEAD}:a.h`, blob("int a;\n")]]), misses.fetcher, rest.fetcher);
    expect(await fetcher.fetch([req("a.h"), req("a.h")], { maxBytes: 100 })).toEqual([
      { text: "int a;\n" },
      { text: "int a;\n" },
    ]);
    expect(await fetcher.fetch([], { maxBytes: 100 })).toEqual([]);
    expect([...misses.calls, ...rest.calls]).toEqual([]);
  });

  it("says why a prefetched version has no text: too big for this call's maxBytes, binary, not a file, missing", async () => {
    const prefetched = new Map<string, BlobNode | null>([
      [`${HEAD}:big.h`, blob("x".repeat(50))],
      [`${HEAD}:huge.h`, blob(null, { isTruncated: true, byteSize: 10_000_000 })],
      [`${HEAD}:logo.png`, blob(null, { isBinary: true, byteSize: 20 })],
      [`${HEAD}:vendor/sub`, { __typename: "Commit" }],
      [`${HEAD}:gone.h`, null],
    ]);
    const misses = recording("misses");
    const rest = recording("rest");
    const results = await prefetchedFetcher(prefetched, misses.fetcher, rest.fetcher).fetch(
      ["big.h", "huge.h", "logo.png", "vendor/sub", "gone.h"].map((p) => req(p)),
      { maxBytes: 40 },
    );
    expect(results).toEqual([
      { text: null, skipped: "larger than limits.bytes-per-file (40 bytes)" },
      { text: null, skipped: "larger than limits.bytes-per-file (40 bytes)" }, // never read over REST just to be dropped
      { text: null, skipped: "binary file" },
      { text: null, skipped: "not a file (directory or submodule)" },
      { text: null, skipped: "not found at that commit" },
    ]);
    expect([...misses.calls, ...rest.calls]).toEqual([]);
  });

  it("passes a miss's skipped reason through from the batched fetcher", async () => {
    const misses: ContentFetcher = {
      fetch: async (requests) => requests.map(() => ({ text: null, skipped: "not found at that commit" })),
    };
    const results = await prefetchedFetcher(new Map(), misses, recording("rest").fetcher).fetch([req("a.h")], {
      maxBytes: 10,
    });
    expect(results).toEqual([{ text: null, skipped: "not found at that commit" }]);
  });
});
