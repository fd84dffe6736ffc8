import { describe, expect, it } from "@jest/globals";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { detectors } from "../src/engine/registry.js";

const DETECTORS_DIR = join(process.cwd(), "src", "detectors");
const folders = readdirSync(DETECTORS_DIR).filter((d) => statSync(join(DETECTORS_DIR, d)).isDirectory());
const rulesDoc = readFileSync(join(process.cwd(), "docs", "rules.md"), "utf8");

function sourceText(dir: string): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((e) =>
      e.isDirectory()
        ? sourceText(join(dir, e.name))
        : e.name.endsWith(".ts")
          ? readFileSync(join(dir, e.name), "utf8")
          : "",
    )
    .join("\n");
}

describe("detector registry", () => {
  it("registers every detector folder under its own id, once", () => {
    const ids = detectors.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    // cpp shares the C detector's folder conventions but may register under its own id
    for (const folder of folders) expect(ids).toContain(folder);
  });

  it.each(folders)("%s has at least one fixture case", (folder) => {
    const cases = readdirSync(join(process.cwd(), "fixtures", "detectors", folder));
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(folders)("every rule id used in src/detectors/%s is documented in docs/rules.md", (folder) => {
    const used = new Set(
      [
        ...sourceText(join(DETECTORS_DIR, folder)).matchAll(
          new RegExp(`["'\`](${folder}/[a-z0-9-]*[a-z0-9])["'\`]`, "g"),
        ),
      ].map((m) => m[1]),
    );
    const undocumented = [...used].filter((id) => !rulesDoc.includes(`\`${id}\``));
    expect(undocumented).toEqual([]);
  });
});
