import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * The bytes gcc lays down for each initialised global of `source`, read from its assembly (`-S`):
 * ground truth for sizes, offsets, bit positions and constants without running the program, so
 * `-m32` facts are checked even where the kernel cannot execute 32-bit binaries. Undefined when gcc
 * does not compile the source.
 */
export function compiledGlobals(source: string, flags: string[]): Map<string, Uint8Array> | undefined {
  const dir = mkdtempSync(join(tmpdir(), "impactgate-gcc-"));
  try {
    writeFileSync(join(dir, "c.c"), source);
    const built = spawnSync("gcc", [...flags, "-w", "-S", "-o", "-", join(dir, "c.c")], {
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
    });
    return built.status === 0 ? globalsOfAssembly(built.stdout) : undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const WIDTH: Record<string, number> = {
  ".byte": 1,
  ".value": 2,
  ".short": 2,
  ".2byte": 2,
  ".long": 4,
  ".4byte": 4,
  ".quad": 8,
  ".8byte": 8,
};

/** Data directives after each label, little-endian (x86), until the next label or section change. */
function globalsOfAssembly(asm: string): Map<string, Uint8Array> {
  const out = new Map<string, number[]>();
  let current: number[] | undefined;
  for (const raw of asm.split("\n")) {
    const line = raw.trim();
    const label = /^([A-Za-z_][\w.$]*):$/.exec(line);
    if (label) {
      current = [];
      out.set(label[1]!, current);
      continue;
    }
    if (!current) continue;
    const [directive, arg = ""] = line.split(/\s+/, 2);
    const width = WIDTH[directive!];
    if (width) {
      let value = BigInt(arg) & ((1n << BigInt(width * 8)) - 1n);
      for (let i = 0; i < width; i++, value >>= 8n) current.push(Number(value & 0xffn));
    } else if (directive === ".zero" || directive === ".skip") {
      for (let i = 0; i < Number(arg); i++) current.push(0);
    } else if (directive && !/^\.(p2|b)?align$/.test(directive)) {
      current = undefined;
    }
  }
  return new Map([...out].map(([k, v]) => [k, Uint8Array.from(v)]));
}

/** The unsigned little-endian number held by `bytes`. */
export function unsignedOf(bytes: Uint8Array | undefined): bigint | undefined {
  if (!bytes) return undefined;
  let value = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) value = (value << 8n) | BigInt(bytes[i]!);
  return value;
}
