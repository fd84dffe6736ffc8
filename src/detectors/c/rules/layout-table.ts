import { ABI_NAMES, type Abi } from "../abi.js";
import { code } from "../../../render/escape.js";
import type { Flat, Place } from "../leaves.js";
import type { ReportSection } from "../../../engine/types.js";

const cell = (p?: Place) =>
  p
    ? p.bits !== undefined
      ? `${Math.floor(p.bitOffset! / 8)} (bit ${p.bitOffset! % 8}, ${p.bits} bits)`
      : `${p.offset}`
    : "–";
const size = (p?: Place) => (p ? `${p.size}` : "–");

/** The before/after layout table maintainers read faster than prose: one per ABI that differs. */
export function layoutSection(name: string, path: string, fb: Flat, fa: Flat): ReportSection {
  const tables = [table(fb, fa, "lp64")];
  const ilp = table(fb, fa, "ilp32");
  if (ilp.replace(/ILP32/g, "LP64") !== tables[0]) tables.push(ilp);
  return { title: `Layout of ${name} (${path})`, markdown: tables.join("\n\n") };
}

function table(fb: Flat, fa: Flat, abi: Abi): string {
  const rows = [
    `**${ABI_NAMES[abi]}** — size ${fb.size[abi] ?? "unknown"} → ${fa.size[abi] ?? "unknown"}, alignment ${fb.align[abi] ?? "?"} → ${fa.align[abi] ?? "?"}`,
    "",
    "| field | type | offset before | size before | offset after | size after |",
    "|---|---|---|---|---|---|",
  ];
  const paths = [...new Set([...fb.leaves.map((l) => l.path), ...fa.leaves.map((l) => l.path)])];
  const ordered = [...fa.leaves.map((l) => l.path), ...paths.filter((p) => !fa.leaves.some((l) => l.path === p))];
  for (const p of ordered) {
    const b = fb.leaves.find((l) => l.path === p);
    const a = fa.leaves.find((l) => l.path === p);
    const type = a && b && a.spelled !== b.spelled ? `${b.spelled} → ${a.spelled}` : (a ?? b)!.spelled;
    rows.push(
      `| ${code(p, { inTable: true })} | ${code(type, { inTable: true })} | ${cell(b?.place[abi])} | ${size(b?.place[abi])} | ${cell(a?.place[abi])} | ${size(a?.place[abi])} |`,
    );
  }
  return rows.join("\n");
}
