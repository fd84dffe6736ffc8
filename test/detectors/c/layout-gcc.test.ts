import { beforeAll, describe, expect, it } from "@jest/globals";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadGrammars } from "../../../src/detectors/c/language.js";
import { modelOf } from "../../../src/detectors/c/model-cache.js";
import { buildEnv } from "../../../src/detectors/c/env.js";
import { flatten, type Flat } from "../../../src/detectors/c/leaves.js";
import type { Abi } from "../../../src/detectors/c/abi.js";

const HEADER = join(process.cwd(), "test/detectors/c/layout/structs.h");
const text = readFileSync(HEADER, "utf8");
const hasGcc = spawnSync("gcc", ["--version"]).status === 0;

/** What the compiler says: `S name size align`, `F name path offset`, `B name path firstBit`. */
function program(flats: Map<string, Flat>): string {
  const lines = [
    "#include <stdio.h>",
    "#include <stddef.h>",
    "#include <string.h>",
    `#include "${HEADER}"`,
    "int main(void) {",
  ];
  for (const [name, flat] of flats) {
    lines.push(`  printf("S ${name} %zu %zu\\n", sizeof(struct ${name}), _Alignof(struct ${name}));`);
    for (const leaf of flat.leaves) {
      if (leaf.field.bits === undefined) {
        lines.push(`  printf("F ${name} ${leaf.path} %zu\\n", offsetof(struct ${name}, ${leaf.path}));`);
      } else {
        // A bit-field has no offsetof: set it to all ones and find its first bit.
        lines.push(
          `  { union { struct ${name} v; unsigned char b[sizeof(struct ${name})]; } u; memset(&u, 0, sizeof u); u.v.${leaf.path} = -1;`,
          `    int first = -1; for (int i = 0; i < (int)sizeof u * 8; i++) if ((u.b[i / 8] >> (i % 8)) & 1) { first = i; break; }`,
          `    printf("B ${name} ${leaf.path} %d\\n", first); }`,
        );
      }
    }
  }
  lines.push("  return 0;", "}");
  return lines.join("\n");
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

function compilerFacts(source: string, flag: "-m64" | "-m32"): string[] | undefined {
  const dir = mkdtempSync(join(tmpdir(), "impactgate-layout-"));
  try {
    writeFileSync(join(dir, "layout.c"), source);
    const built = spawnSync("gcc", [flag, "-std=gnu11", "-w", "-o", join(dir, "layout"), join(dir, "layout.c")], {
      encoding: "utf8",
    });
    if (built.status !== 0) {
      if (flag === "-m64") throw new Error(`gcc ${flag} failed: ${built.stderr}`);
      return undefined;
    }
    return execFileSync(join(dir, "layout"), { encoding: "utf8" }).trim().split("\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
  });
});
