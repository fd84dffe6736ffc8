import { describe, expect, test } from "@jest/globals";
import { readFileSync, readdirSync } from "node:fs";
import { parseStatements } from "../../src/statements/parse-statements.js";
import { defaultConfig } from "../../src/config/defaults.js";
import type { Category } from "../../src/engine/types.js";
import type { ParsedStatement } from "../../src/statements/types.js";

const dir = new URL("../../fixtures/descriptions/", import.meta.url);
type Expected = Record<Category, ParsedStatement["kind"]>;

/** What each realistic description states; every file in fixtures/descriptions must be listed. */
const expected: Record<string, Expected> = {
  "kernel-trailers.md": { abi: "text", "cross-package": "absent", fork: "none" },
  "template-filled.md": { abi: "text", "cross-package": "text", fork: "none" },
  "template-unfilled.md": { abi: "empty", "cross-package": "empty", fork: "absent" },
  "none-everywhere.md": { abi: "none", "cross-package": "none", fork: "none" },
  "placeholders.md": { abi: "empty", "cross-package": "empty", fork: "empty" },
  "windows-line-endings.md": { abi: "text", "cross-package": "none", fork: "absent" },
};

describe("realistic descriptions (fixtures/descriptions)", () => {
  test("every fixture has an expectation", () => {
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith(".md"))
        .sort(),
    ).toEqual(Object.keys(expected).sort());
  });

  test.each(Object.entries(expected))("%s", (file, kinds) => {
    const parsed = parseStatements(readFileSync(new URL(file, dir), "utf8"), defaultConfig().statements);
    expect({ abi: parsed.abi.kind, "cross-package": parsed["cross-package"].kind, fork: parsed.fork.kind }).toEqual(
      kinds,
    );
  });

  test("a kernel trailer keeps its continuation lines and stops at the next trailer", () => {
    const parsed = parseStatements(
      readFileSync(new URL("kernel-trailers.md", dir), "utf8"),
      defaultConfig().statements,
    );
    expect(parsed.abi.text).toBe(
      [
        "struct kvm_run's memory_fault gains `flags` in existing",
        "padding; size and offsets unchanged.  Old VMMs see 0 and keep working;",
        "new VMMs must check KVM_CAP_MEMORY_FAULT_INFO before reading it.",
      ].join("\n"),
    );
    expect(parsed.abi.line).toBe(8);
  });

  test("a section keeps its sub-headings and ends at the next same-level heading", () => {
    const parsed = parseStatements(
      readFileSync(new URL("template-filled.md", dir), "utf8"),
      defaultConfig().statements,
    );
    expect(parsed.abi.text).toMatch(/^`libfoo_open_at\(\)` is a new symbol/);
    expect(parsed.abi.text).toContain("### Migration\n\nNone needed for existing callers.");
    expect(parsed.abi.text).not.toContain("foo-cli");
  });
});
