import nock from "nock";
import { describe, expect, test } from "@jest/globals";
import { useNock } from "../helpers/use-nock.js";
import { buildUpstreamContext } from "../../../src/app/upstream/build-upstream-context.js";
import { changeSetFromTrees } from "../../../src/engine/from-trees.js";
import { review } from "../../../src/engine/review.js";
import { defaultConfig } from "../../../src/config/defaults.js";
import { testOctokit } from "./octokit.js";

const API = "https://api.github.com";
const raw = { "content-type": "application/vnd.github.raw; charset=utf-8" };

// Upstream torvalds/linux; the fork acme/linux carries local work on `main`.
const SOCKET_BASE =
  '#include "socket.h"\n\nint sock_open(int family)\n{\n\tif (family < 0)\n\t\treturn -1;\n\treturn family;\n}\n';
const SOCKET_HEAD = SOCKET_BASE.replace("if (family < 0)", "if (family < 0 || family > 64)");
const SOCKET_UPSTREAM = "/* SPDX-License-Identifier: GPL-2.0 */\n/* upstream grew a header */\n" + SOCKET_BASE; // same code, 2 lines lower
const PAGE_BASE = "int page_order(int n)\n{\n\treturn n;\n}\n";
const PAGE_HEAD = "int page_order(int n)\n{\n\treturn n + 1;\n}\n";
const PAGE_UPSTREAM = "int page_order(int n)\n{\n\treturn n * 2;\n}\n"; // upstream rewrote the same line
const ZLIB_BASE = "int window = 15;\n";
const ZLIB_HEAD = "int window = 14;\n";

const before = {
  "net/socket.c": SOCKET_BASE,
  "mm/page.c": PAGE_BASE,
  "vendor/zlib/inflate.c": ZLIB_BASE,
  "acme/branding.c": "int v = 1;\n",
};
const after = {
  "net/socket.c": SOCKET_HEAD,
  "mm/page.c": PAGE_HEAD,
  "vendor/zlib/inflate.c": ZLIB_HEAD,
  "acme/branding.c": "int v = 2;\n",
};
const config = { ...defaultConfig(), fork: { ...defaultConfig().fork, "local-paths": ["acme/**"] } };

useNock();

describe("a fork and its upstream (two repositories)", () => {
  test("upstream from the parent, divergence from one compare call, each upstream-owned file read once", async () => {
    const api = nock(API);
    api.get("/repos/acme/linux").reply(200, {
      name: "linux",
      fork: true,
      parent: { name: "linux", owner: { login: "torvalds" }, default_branch: "master" },
    });
    api
      .get("/repos/torvalds/linux/compare/torvalds%3Amaster...acme%3Amain")
      .query({ per_page: "1" })
      .reply(200, { ahead_by: 12, behind_by: 340, commits: [] });
    api
      .get(`/repos/torvalds/linux/contents/${encodeURIComponent("net/socket.c")}`)
      .query({ ref: "master" })
      .reply(200, SOCKET_UPSTREAM, raw);
    api
      .get(`/repos/torvalds/linux/contents/${encodeURIComponent("mm/page.c")}`)
      .query({ ref: "master" })
      .reply(200, PAGE_UPSTREAM, raw);
    // vendor/ and the local path are never asked for

    const cs = changeSetFromTrees({ before, after });
    const upstream = await buildUpstreamContext({
      octokit: testOctokit(),
      owner: "acme",
      repo: "linux",
      baseRef: "main",
      files: cs.files,
      config,
    });
    expect(upstream).toEqual({
      repo: "torvalds/linux",
      branch: "master",
      ahead: 12,
      behind: 340,
      files: { "net/socket.c": SOCKET_UPSTREAM, "mm/page.c": PAGE_UPSTREAM },
    });

    const result = await review({ ...cs, upstream }, config);
    const fork = result.findings.filter((f) => f.category === "fork").map((f) => `${f.ruleId} ${f.path}`);
    expect(fork).toEqual([
      "fork/conflicts-upstream mm/page.c",
      "fork/upstream-file-modified mm/page.c",
      "fork/applies-upstream net/socket.c",
      "fork/upstream-file-modified net/socket.c",
      "fork/vendored-code-modified vendor/zlib/inflate.c",
    ]);
    expect(result.findings.find((f) => f.ruleId === "fork/applies-upstream")!.message).toContain(
      "applies to torvalds/linux@master (hunk 1 at offset +2 lines)",
    );
    expect(result.findings.some((f) => f.path === "acme/branding.c")).toBe(false); // local-only change: no finding
    const divergence = result.sections.find((s) => s.title === "Fork divergence")!.markdown;
    expect(divergence).toContain("**12** commits ahead of and **340** behind upstream `torvalds/linux` (`master`)");
    expect(divergence).toContain("adds **4** lines of divergence (+2 −2) in 2 upstream-owned files");
  });

  test("config names the upstream and branch: no repository read, and a file upstream lacks is null", async () => {
    const api = nock(API);
    api
      .get("/repos/qemu/qemu/compare/qemu%3Astable-9.0...acme%3Amain")
      .query({ per_page: "1" })
      .reply(404, { message: "Not Found" });
    api
      .get(`/repos/qemu/qemu/contents/${encodeURIComponent("mm/page.c")}`)
      .query({ ref: "stable-9.0" })
      .reply(404, { message: "Not Found" });
    const cfg = {
      ...config,
      fork: { ...config.fork, upstream: "qemu/qemu", branch: "stable-9.0", "upstream-paths": ["mm/**"] },
    };
    const cs = changeSetFromTrees({ before, after });
    const upstream = await buildUpstreamContext({
      octokit: testOctokit(),
      owner: "acme",
      repo: "linux",
      baseRef: "main",
      files: cs.files,
      config: cfg,
    });
    expect(upstream).toEqual({ repo: "qemu/qemu", branch: "stable-9.0", files: { "mm/page.c": null } });
    const result = await review({ ...cs, upstream }, cfg);
    expect(result.findings.find((f) => f.ruleId === "fork/upstream-file-modified")!.message).toContain(
      "qemu/qemu@stable-9.0 does not have this file",
    );
    expect(result.sections.find((s) => s.title === "Fork divergence")!.markdown).toContain(
      "ahead/behind count was not available",
    );
  });

  test("not a fork and no config: one repository read, no upstream", async () => {
    nock(API).get("/repos/acme/tool").reply(200, { name: "tool", fork: false });
    const cs = changeSetFromTrees({ before, after });
    expect(
      await buildUpstreamContext({
        octokit: testOctokit(),
        owner: "acme",
        repo: "tool",
        baseRef: "main",
        files: cs.files,
        config,
      }),
    ).toBeUndefined();
    // and with the payload's `fork: false` no call at all
    expect(
      await buildUpstreamContext({
        octokit: testOctokit(),
        owner: "acme",
        repo: "tool",
        baseRef: "main",
        files: cs.files,
        config,
        isFork: false,
      }),
    ).toBeUndefined();
  });
});
