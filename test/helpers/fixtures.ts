import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readTree } from "../../src/cli/read-inputs.js";
import { loadConfigText } from "../../src/config/load.js";
import { defaultConfig } from "../../src/config/defaults.js";
import type { Config } from "../../src/config/types.js";
import type { Tree } from "../../src/engine/from-trees.js";

export const FIXTURES = join(process.cwd(), "fixtures", "detectors");

export interface FixtureCase {
  detector: string;
  name: string;
  dir: string;
  before: Tree;
  after: Tree;
  upstream?: Tree;
  config: Config;
  /** The case's config.yml as written (undefined: none, the defaults), for front ends that read the file. */
  configText?: string;
  body: string;
  expectedPath: string;
}

/** Every `fixtures/detectors/<id>/<case>/` directory, loaded. */
export function loadFixtureCases(): FixtureCase[] {
  const cases: FixtureCase[] = [];
  for (const detector of readdirSync(FIXTURES).sort()) {
    for (const name of readdirSync(join(FIXTURES, detector)).sort()) {
      cases.push(loadCase(detector, name));
    }
  }
  return cases;
}

function loadCase(detector: string, name: string): FixtureCase {
  const dir = join(FIXTURES, detector, name);
  const opt = (f: string) => (existsSync(join(dir, f)) ? readFileSync(join(dir, f), "utf8") : undefined);
  const treeOf = (d: string) => (existsSync(join(dir, d)) ? readTree(join(dir, d)) : {});
  const configText = opt("config.yml");
  const loaded = configText === undefined ? undefined : loadConfigText(configText);
  if (loaded && !loaded.ok) throw new Error(`${dir}/config.yml: ${loaded.errors.map((e) => e.message).join("; ")}`);
  return {
    detector,
    name,
    dir,
    before: treeOf("before"),
    after: treeOf("after"),
    upstream: existsSync(join(dir, "upstream")) ? treeOf("upstream") : undefined,
    config: loaded?.ok ? loaded.config : defaultConfig(),
    ...(configText === undefined ? {} : { configText }),
    body: opt("description.md") ?? "",
    expectedPath: join(dir, "expected.json"),
  };
}
