import { describe, expect, it } from "@jest/globals";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../../src/cli/main.js";
import { captureIo } from "../../helpers/capture.js";
import { loadFixtureCases } from "../../helpers/fixtures.js";

const cases = loadFixtureCases().filter((c) => c.detector === "ts" || c.detector === "manifest");

/** `impactgate diff BEFORE AFTER --format json` on each ts and manifest fixture lists its expected rule ids. */
describe.each(cases.map((c) => [`${c.detector}/${c.name}`, c] as const))("impactgate diff on %s", (_name, c) => {
  it("lists the rule ids of expected.json", async () => {
    const argv = ["diff", join(c.dir, "before"), join(c.dir, "after"), "--format", "json"];
    if (existsSync(join(c.dir, "config.yml"))) argv.push("--config", join(c.dir, "config.yml"));
    if (existsSync(join(c.dir, "description.md"))) argv.push("--body", join(c.dir, "description.md"));
    const io = captureIo();
    await main(argv, io.io);
    const ruleIds = (JSON.parse(io.stdout()).findings as { ruleId: string }[]).map((f) => f.ruleId).sort();
    const expected = (JSON.parse(readFileSync(c.expectedPath, "utf8")).findings as { ruleId: string }[])
      .map((f) => f.ruleId)
      .sort();
    expect(ruleIds).toEqual(expected);
  });
});
