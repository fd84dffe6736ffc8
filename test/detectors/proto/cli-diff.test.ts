import { describe, expect, it } from "@jest/globals";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../../src/cli/main.js";
import { captureIo } from "../../helpers/capture.js";

const DIR = join(process.cwd(), "fixtures", "detectors", "proto");
const cases = readdirSync(DIR).sort();

/** `impactgate diff <before> <after> --format json`, as a user would run it on a fixture. */
async function diff(name: string): Promise<string[]> {
  const dir = join(DIR, name);
  const config = join(dir, "config.yml");
  const argv = [
    "diff",
    join(dir, "before"),
    join(dir, "after"),
    "--format",
    "json",
    ...(existsSync(config) ? ["--config", config] : []),
  ];
  const io = captureIo();
  await main(argv, io.io);
  return JSON.parse(io.stdout())
    .findings.map((f: { ruleId: string }) => f.ruleId)
    .sort();
}

describe("impactgate diff on the proto fixtures", () => {
  it.each(cases)("%s lists the rule ids of its expected.json", async (name) => {
    const expected = JSON.parse(readFileSync(join(DIR, name, "expected.json"), "utf8"))
      .findings.map((f: { ruleId: string }) => f.ruleId)
      .sort();
    expect(await diff(name)).toEqual(expected);
  });
});
