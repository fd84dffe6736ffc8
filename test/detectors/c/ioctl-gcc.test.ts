import { beforeAll, describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadGrammars } from "../../../src/detectors/c/language.js";
import { modelOf } from "../../../src/detectors/c/model-cache.js";
import { buildEnv } from "../../../src/detectors/c/env.js";
import { ioctlCall } from "../../../src/detectors/c/ioctl.js";
import type { Abi } from "../../../src/detectors/c/abi.js";
import { compiledGlobals, unsignedOf } from "../../helpers/gcc-constants.js";

const ROOT = "/usr/include/linux";
const hasGcc = spawnSync("gcc", ["--version"]).status === 0;

/** Every `_IO*` macro of a header whose number the detector computes from that header alone. */
function computed(file: string, abi: Abi): Map<string, bigint> {
  const model = modelOf(file, readFileSync(join(ROOT, file), "utf8"));
  const env = buildEnv([model]);
  const out = new Map<string, bigint>();
  for (const m of model.macros) {
    if (m.params) continue;
    const call = ioctlCall(m.body, env);
    const n = call?.numbers[abi];
    if (n?.ok) out.set(m.name, n.value);
  }
  return out;
}

/** What gcc says the same macros expand to (read from its assembly), or undefined when the header does not build alone. */
function compiled(file: string, names: string[], flag: "-m64" | "-m32"): Map<string, bigint> | undefined {
  const src = [
    `#include <linux/${file}>`,
    ...names.map((n, i) => `const unsigned int ioctl_${i} = (unsigned int)(${n});`),
  ].join("\n");
  const globals = compiledGlobals(src, [flag]);
  if (!globals) return undefined;
  return new Map(names.map((n, i) => [n, unsignedOf(globals.get(`ioctl_${i}`))!]));
}

function compare(abi: Abi, flag: "-m64" | "-m32") {
  let headers = 0;
  let numbers = 0;
  const wrong: string[] = [];
  for (const file of readdirSync(ROOT)
    .filter((f) => f.endsWith(".h"))
    .sort()) {
    const ours = computed(file, abi);
    if (!ours.size) continue;
    const gcc = compiled(file, [...ours.keys()], flag);
    if (!gcc) continue;
    headers++;
    for (const [name, value] of ours) {
      numbers++;
      if (gcc.get(name) !== value)
        wrong.push(`${file} ${name}: ours 0x${value.toString(16)}, gcc 0x${gcc.get(name)?.toString(16)}`);
    }
  }
  return { headers, numbers, wrong };
}

(hasGcc && existsSync(ROOT) ? describe : describe.skip)(`ioctl numbers of ${ROOT} equal gcc's expansion`, () => {
  beforeAll(async () => {
    await loadGrammars();
  });

  it("on x86_64 (LP64)", () => {
    const { headers, numbers, wrong } = compare("lp64", "-m64");
    expect(wrong).toEqual([]);
    expect(headers).toBeGreaterThan(20);
    expect(numbers).toBeGreaterThan(300);
  }, 600_000);

  it("on i386 (ILP32), where gcc -m32 builds the headers", () => {
    const { headers, numbers, wrong } = compare("ilp32", "-m32");
    if (headers === 0) {
      console.warn("gcc -m32 builds none of the headers here (no multilib); ILP32 ioctl numbers not checked");
      return;
    }
    expect(wrong).toEqual([]);
    expect(numbers).toBeGreaterThan(0);
  }, 600_000);
});
