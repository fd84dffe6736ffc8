import { describe, expect, it } from "@jest/globals";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../../src/cli/main.js";
import { captureIo } from "../../helpers/capture.js";
import { loadFixtureCases } from "../../helpers/fixtures.js";

const cases = loadFixtureCases().filter(
  (c) => (c.detector === "c" || c.detector === "cpp") && !c.upstream && c.body === "",
);

/** `impactgate diff before/ after/ --format json` on each C/C++ fixture case lists its golden rule ids. */
describe.each(cases.map((c) => [`${c.detector}/${c.name}`, c] as const))("impactgate diff on %s", (_name, c) => {
  it("lists the expected rule ids", async () => {
    const io = captureIo();
    const config = join(c.dir, "config.yml");
    const withConfig = existsSync(config) ? ["--config", config] : [];
    await main(["diff", join(c.dir, "before"), join(c.dir, "after"), "--format", "json", ...withConfig], io.io);
    const listed = (JSON.parse(io.stdout()).findings as { ruleId: string; line: number }[])
      .map((f) => `${f.ruleId}@${f.line}`)
      .sort();
    const expected = (JSON.parse(readFileSync(c.expectedPath, "utf8")).findings as { ruleId: string; line: number }[])
      .map((f) => `${f.ruleId}@${f.line}`)
      .sort();
    expect(listed).toEqual(expected);
  });
});
