import { beforeAll, describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadGrammars } from "../../../src/detectors/c/language.js";
import { modelOf } from "../../../src/detectors/c/model-cache.js";
import { buildEnv } from "../../../src/detectors/c/env.js";
import { flatten, type Flat } from "../../../src/detectors/c/leaves.js";
import type { Abi } from "../../../src/detectors/c/abi.js";
import { compiledGlobals, unsignedOf } from "../../helpers/gcc-constants.js";

const HEADER = join(process.cwd(), "test/detectors/c/layout/structs.h");
const text = readFileSync(HEADER, "utf8");
const hasGcc = spawnSync("gcc", ["--version"]).status === 0;

/**
 * The program whose initialised globals hold the compiler's facts, in the order `compilerFacts`
 * reads them back: size and alignment per struct, offset per field, and for a bit-field (which has
 * no offsetof) an instance with only that field set to all ones, whose first set bit is its position.
 */
function program(flats: Map<string, Flat>): { source: string; facts: Fact[] } {
  const lines = ["#include <stddef.h>", `#include "${HEADER}"`];
  const facts: Fact[] = [];
  const add = (fact: Fact, decl: string) => {
    lines.push(decl.replace("@", `fact_${facts.length}`));
    facts.push(fact);
  };
  for (const [name, flat] of flats) {
    add({ kind: "S", name }, `const unsigned long @[2] = { sizeof(struct ${name}), _Alignof(struct ${name}) };`);
    for (const leaf of flat.leaves) {
      if (leaf.field.bits === undefined)
        add({ kind: "F", name, path: leaf.path }, `const unsigned long @ = offsetof(struct ${name}, ${leaf.path});`);
      else add({ kind: "B", name, path: leaf.path }, `const struct ${name} @ = { .${leaf.path} = -1 };`);
    }
  }
  return { source: lines.join("\n"), facts };
}

interface Fact {
  kind: "S" | "F" | "B";
  name: string;
  path?: string;
}

/** The same facts from the detector's layout. */
function detectorFacts(flats: Map<string, Flat>, abi: Abi): string[] {
  const out: string[] = [];
  for (const [name, flat] of flats) {
    out.push(`S ${name} ${flat.size[abi] ?? "unknown: " + flat.unknown[abi]} ${flat.align[abi]}`);
    for (const leaf of flat.leaves) {
      const p = leaf.place[abi];
      out.push(
        leaf.field.bits === undefined
          ? `F ${name} ${leaf.path} ${p?.offset}`
          : `B ${name} ${leaf.path} ${p?.bitOffset}`,
      );
    }
  }
  return out;
}

/** What the compiler says: `S name size align`, `F name path offset`, `B name path firstBit`. */
function compilerFacts({ source, facts }: ReturnType<typeof program>, flag: "-m64" | "-m32"): string[] | undefined {
  const globals = compiledGlobals(source, [flag, "-std=gnu11"]);
  if (!globals) {
    if (flag === "-m64") throw new Error(`gcc ${flag} failed to compile the layout program`);
    return undefined;
  }
  const word = flag === "-m64" ? 8 : 4;
  return facts.map((fact, i) => {
    const bytes = globals.get(`fact_${i}`)!;
    if (fact.kind === "S")
      return `S ${fact.name} ${unsignedOf(bytes.subarray(0, word))} ${unsignedOf(bytes.subarray(word))}`;
    if (fact.kind === "F") return `F ${fact.name} ${fact.path} ${unsignedOf(bytes)}`;
    const first = bytes.findIndex((b) => b !== 0);
    const bit = first < 0 ? -1 : first * 8 + Math.log2(bytes[first]! & -bytes[first]!);
    return `B ${fact.name} ${fact.path} ${bit}`;
  });
}

(hasGcc ? describe : describe.skip)("struct layouts equal gcc's offsetof/sizeof/_Alignof", () => {
  let flats: Map<string, Flat>;

  beforeAll(async () => {
    await loadGrammars();
    const model = modelOf("structs.h", text);
    const env = buildEnv([model]);
    flats = new Map(model.records.filter((r) => r.name && r.kind === "struct").map((r) => [r.name!, flatten(r, env)]));
  });

  it("reads every struct of the header", () => {
    expect([...flats.keys()]).toContain("kvm_run_like");
    expect(flats.size).toBe(17);
  });

  it("matches x86_64 (LP64) exactly", () => {
    const gcc = compilerFacts(program(flats), "-m64");
    expect(gcc).toBeDefined();
    expect(detectorFacts(flats, "lp64")).toEqual(gcc);
  });

  it("matches i386 (ILP32) exactly, where gcc -m32 works", () => {
    const gcc = compilerFacts(program(flats), "-m32");
    if (!gcc) {
      console.warn("gcc -m32 cannot build here (no multilib); ILP32 layouts not checked against the compiler");
      return;
    }
    expect(detectorFacts(flats, "ilp32")).toEqual(gcc);
    // the header's longs and pointers shrink on i386: the compiler facts really are -m32's
    expect(gcc).not.toEqual(compilerFacts(program(flats), "-m64"));
  });
});
