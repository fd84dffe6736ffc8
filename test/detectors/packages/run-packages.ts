import { join } from "node:path";
import { readTree } from "../../../src/cli/read-inputs.js";
import { changeSetFromTrees } from "../../../src/engine/from-trees.js";
import { defaultConfig } from "../../../src/config/defaults.js";
import { packagesDetector } from "../../../src/detectors/packages/index.js";
import type { Config } from "../../../src/config/types.js";
import type { DetectorOutput, Finding } from "../../../src/engine/types.js";

/** Runs only the packages detector on a fixture case, with the given file-level findings. */
export function runPackagesCase(
  name: string,
  opts: { findings?: Finding[]; config?: Partial<Config> } = {},
): DetectorOutput {
  const dir = join(process.cwd(), "fixtures", "detectors", "packages", name);
  const cs = changeSetFromTrees({ before: readTree(join(dir, "before")), after: readTree(join(dir, "after")) });
  const config = { ...defaultConfig(), ...opts.config };
  const ctx = {
    config,
    changeSet: cs,
    checkBudget() {},
    findings: opts.findings ?? [],
    symbols: { before: [], after: [] },
  };
  return packagesDetector.analyzeChangeSet!(cs, ctx);
}

export function abiError(path: string, line: number, symbol?: string): Finding {
  return { ruleId: "interface/changed", category: "abi", severity: "error", path, line, symbol, message: "changed" };
}
