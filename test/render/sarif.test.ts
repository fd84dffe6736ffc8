import { beforeAll, describe, expect, it } from "@jest/globals";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Ajv, Options } from "ajv";
import { main } from "../../src/cli/main.js";
import { captureIo } from "../helpers/capture.js";
import type { SarifLog } from "../../src/render/sarif.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const require = createRequire(import.meta.url);
/** Ajv for JSON Schema draft-04, the draft the SARIF 2.1.0 schema is written in (a CommonJS class). */
const Ajv04 = require("ajv-draft-04") as new (options: Options) => Ajv;
const addFormats = require("ajv-formats") as (ajv: Ajv) => Ajv;
const EXAMPLE = join(ROOT, "examples/kvm-run");
const HEADER = "include/uapi/linux/kvm_example.h";

/** The SARIF 2.1.0 JSON schema as Microsoft's SARIF SDK ships it (the OASIS 2.1.0 release, rtm.5). */
function sarifSchema(): object {
  const path = require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
  return JSON.parse(readFileSync(path, "utf8")) as object;
}

async function diffSarif(before: string, after: string): Promise<{ code: number; log: SarifLog }> {
  const c = captureIo();
  const code = await main(["diff", before, after, "--format", "sarif"], c.io);
  return { code, log: JSON.parse(c.stdout()) as SarifLog };
}

describe("--format sarif (SARIF 2.1.0 for code scanning)", () => {
  // unicodeRegExp off: one `pattern` in the rtm.5 schema (message language codes) is not a valid /u regex
  // formats (uri, date-time) are checked too
  const validate = addFormats(new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false })).compile(
    sarifSchema(),
  );
  let log: SarifLog;
  let code: number;

  beforeAll(async () => {
    ({ code, log } = await diffSarif(join(EXAMPLE, "before"), join(EXAMPLE, "after")));
  });

  it("the bundled example's log is valid against the official SARIF 2.1.0 schema", () => {
    expect(code).toBe(1); // action required, as in text
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("the schema check can fail: a log with an unknown level or a result without a message is rejected", () => {
    const broken = structuredClone(log) as unknown as { runs: { results: Record<string, unknown>[] }[] };
    broken.runs[0]!.results[0]!.level = "fatal";
    expect(validate(broken)).toBe(false);
    const noMessage = structuredClone(log) as unknown as { runs: { results: Record<string, unknown>[] }[] };
    delete noMessage.runs[0]!.results[0]!.message;
    expect(validate(noMessage)).toBe(false);
  });

  it("one run; the driver lists the registry's rules with descriptions, help, docs/rules.md anchors and default levels", () => {
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    const { driver } = log.runs[0]!.tool;
    expect(driver.name).toBe("Impactgate");
    const ids = driver.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const size = driver.rules.find((r) => r.id === "c/size-changed")!;
    expect(size.shortDescription.text.length).toBeGreaterThan(10);
    expect(size.fullDescription.text.length).toBeGreaterThan(size.shortDescription.text.length);
    expect(size.defaultConfiguration.level).toBe("error");
    expect(size.helpUri).toMatch(/\/rules\.md#csize-changed$/);
    expect(readFileSync(join(ROOT, "docs/rules.md"), "utf8")).toContain("### `c/size-changed`"); // GitHub's anchor: csize-changed
    expect(driver.rules.find((r) => r.id === "c/layout-differs-32-64")?.defaultConfiguration.level).toBe("warning");
  });

  it("results: rule, level, message, physical location (and the symbol), each with its rule's index", () => {
    const { results, tool } = log.runs[0]!;
    expect(results.length).toBeGreaterThan(5);
    for (const r of results) {
      expect(tool.driver.rules[r.ruleIndex!]!.id).toBe(r.ruleId);
      expect(r.locations[0]!.physicalLocation.artifactLocation.uri).toBe(HEADER);
      expect(r.locations[0]!.physicalLocation.region.startLine).toBeGreaterThan(0);
    }
    const size = results.find((r) => r.ruleId === "c/size-changed" && r.message.text.includes("kvm_regs_example"))!;
    expect(size).toMatchObject({
      level: "error",
      locations: [
        {
          physicalLocation: { region: { startLine: 22 } },
          logicalLocations: [{ fullyQualifiedName: "struct kvm_regs_example" }],
        },
      ],
    });
    expect(results.find((r) => r.ruleId === "c/layout-differs-32-64")?.level).toBe("warning");
  });

  it("fingerprints are stable: the same change three lines lower keeps every fingerprint (and moves every line)", async () => {
    const shifted = mkdtempSync(join(tmpdir(), "impactgate-sarif-"));
    cpSync(EXAMPLE, shifted, { recursive: true });
    for (const side of ["before", "after"]) {
      const file = join(shifted, side, HEADER);
      writeFileSync(file, `/* one */\n/* two */\n/* three */\n${readFileSync(file, "utf8")}`);
    }
    const moved = (await diffSarif(join(shifted, "before"), join(shifted, "after"))).log.runs[0]!.results;
    const original = log.runs[0]!.results;
    const prints = (rs: typeof original) => rs.map((r) => r.partialFingerprints["impactgateFinding/v1"]).sort();
    expect(prints(moved)).toEqual(prints(original));
    expect(new Set(prints(original)).size).toBeGreaterThan(1);
    const line = (rs: typeof original) => rs.map((r) => r.locations[0]!.physicalLocation.region.startLine);
    expect(line(moved).sort()).toEqual(
      line(original)
        .map((l) => l + 3)
        .sort(),
    );
  });
});
