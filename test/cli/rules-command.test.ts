import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { main } from "../../src/cli/main.js";
import { RULES } from "../../src/detectors/rule-registry.js";
import { captureIo } from "../helpers/capture.js";

async function run(argv: string[]) {
  const c = captureIo();
  const code = await main(argv, c.io);
  return { code, out: c.stdout(), err: c.stderr() };
}

describe("impactgate rules", () => {
  it("stops quietly when its reader does: `impactgate rules --format json | head -1` (bin/, the built CLI)", () => {
    // 78 KB of JSON is more than a pipe holds, so the launcher is still writing when `head` exits.
    const piped = spawnSync(
      "bash",
      ["-o", "pipefail", "-c", `"${process.execPath}" bin/impactgate.js rules --format json | head -1`],
      {
        encoding: "utf8",
      },
    );
    expect({ status: piped.status, stdout: piped.stdout, stderr: piped.stderr }).toEqual({
      status: 0,
      stdout: "{\n",
      stderr: "",
    });
  });

  it("lists every rule with its category, default severity and summary", async () => {
    const { code, out } = await run(["rules"]);
    expect(code).toBe(0);
    const lines = out.split("\n");
    for (const rule of RULES) {
      const line = lines.find((l) => l.startsWith(`${rule.id} `));
      expect([rule.id, line]).toEqual([rule.id, expect.stringContaining(rule.summary)]);
      expect(line!.split(/\s{2,}/).slice(1, 3)).toEqual([
        rule.category,
        rule.severity + (rule.severityNote ? "*" : ""),
      ]);
    }
    expect(out).toContain(`${RULES.length} rules.`);
  });

  it("--format json gives the registry as data, with each rule's docs anchor", async () => {
    const { code, out } = await run(["rules", "--format", "json"]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as { version: number; rules: Record<string, unknown>[] };
    expect(json.version).toBe(1);
    expect(json.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(json.rules.find((r) => r.id === "c/ioctl-number-changed")).toEqual({
      id: "c/ioctl-number-changed",
      detector: "c",
      category: "abi",
      severity: "error",
      summary: "An `_IO`/`_IOR`/`_IOW`/`_IOWR(type, nr, argtype)` macro encodes another number.",
      why: expect.stringContaining("Old binaries send a request the kernel no longer recognises."),
      fix: "**Fix:** keep the struct size (reserved space) or add a new ioctl number.",
      anchor: "cioctl-number-changed",
    });
    expect(json.rules.find((r) => r.id === "proto/field-same-name")).toMatchObject({
      reference: "buf FIELD_SAME_NAME",
      optIn: { key: "proto.rules", value: "wire-json" },
    });
  });

  it("--format markdown gives a table; positional arguments are a usage error", async () => {
    const { out } = await run(["rules", "--format", "markdown"]);
    expect(out.split("\n")[0]).toBe("| rule | category | default | summary |");
    expect(out).toContain(
      "| `c/field-appended` | abi | warning (error when users allocate, embed, copy or index it (by-value use, ioctl argument, UAPI header); notice when extensible by convention or only handed out by the library; notice in a struct private by convention (`*_internal`, the project's prefix followed by `__` as in `uv__io_s`, only embedded as a keep-out member, or `c.private`)) |",
    );
    const bad = await run(["rules", "c"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("rules takes no positional arguments");
  });
});
