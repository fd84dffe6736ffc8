import ts from "./typescript.cjs";
import { finding } from "../../engine/rule.js";
import { tsRules } from "./rule-specs.js";
import { compareUnit, type UnitOutcome } from "./compare-api.js";
import { unitOf, type TsUnit } from "./package-units.js";
import { symbolsOf } from "./symbols.js";
import { isInterfacePath } from "../interface/index.js";
import { sidesOf, type Sides } from "../../engine/sides.js";
import type { ChangeSet, DetectorContext, DetectorOutput, FilePair, Finding, SymbolEntry } from "../../engine/types.js";

/** One ChangeSet's units and their outcomes: a package is compared once, whichever file asks first. */
interface State {
  units: Map<string, TsUnit | null>;
  outcomes: Map<string, { outcome?: UnitOutcome; error?: unknown; reported: boolean }>;
}

const states = new WeakMap<ChangeSet, State>();
const DECLARATION = /\.d\.[cm]?ts$/;

/**
 * The TypeScript detector's analysis of one changed file. The file is part of a unit — the
 * package whose entry points reach it, or itself when it is a declaration file outside any typed
 * package — and the unit is compared as a whole the first time one of its files is analysed;
 * that file carries the unit's findings, the others none. A file no entry point reaches is
 * internal: understood, with nothing to report.
 */
export function analyzeTsPair(pair: FilePair, ctx: DetectorContext): DetectorOutput {
  const cs = ctx.changeSet;
  let state = states.get(cs);
  if (!state) {
    state = { units: new Map(), outcomes: new Map() };
    states.set(cs, state);
  }
  const sides = sidesOf(cs);
  let unit =
    unitOf(pair.path, sides, state.units) ?? (pair.previousPath && unitOf(pair.previousPath, sides, state.units));
  if (!unit) return { findings: [], parsed: false };
  let notice: Finding[] = [];
  if (unit.kind === "unresolved") {
    // Said once per package; its declaration files are still compared one by one.
    const u = unit;
    notice = once(state, `unresolved:${u.manifest}`, () => unresolvedNotice(u));
    if (!DECLARATION.test(pair.path)) return { findings: notice, parsed: false };
    unit = { kind: "file", path: pair.path };
  }
  if (unit.kind === "file" && !isInterfacePath(pair.path, ctx.config)) return { findings: notice, parsed: false };
  const key = unit.kind === "package" ? `package:${unit.manifest}` : `file:${unit.path}`;
  let slot = state.outcomes.get(key);
  if (!slot) {
    slot = { reported: false };
    state.outcomes.set(key, slot);
    try {
      const u = unit;
      const changed = u.kind === "package" ? cs.files.filter((f) => unitOfPair(f, sides, state!) === u) : [pair];
      slot.outcome = compareUnit({ unit, sides, changed, checkBudget: ctx.checkBudget });
    } catch (err) {
      slot.error = err;
    }
  }
  if (slot.error) throw slot.error;
  const outcome = slot.outcome!;
  const findings = [...notice, ...(slot.reported ? [] : outcome.findings)];
  slot.reported = true;
  const failed =
    outcome.failed.has(pair.path) || (pair.previousPath !== undefined && outcome.failed.has(pair.previousPath));
  return { findings, parsed: !failed, symbols: symbolsFor(pair, outcome, sides) };
}

function unitOfPair(f: FilePair, sides: Sides, state: State): TsUnit | undefined {
  return (
    unitOf(f.path, sides, state.units) ?? (f.previousPath ? unitOf(f.previousPath, sides, state.units) : undefined)
  );
}

function once(state: State, key: string, make: () => Finding[]): Finding[] {
  if (state.outcomes.has(key)) return [];
  state.outcomes.set(key, { reported: true });
  return make();
}

function unresolvedNotice(unit: Extract<TsUnit, { kind: "unresolved" }>): Finding[] {
  return [
    finding(tsRules["ts/entry-points-unresolved"], {
      path: unit.manifest,
      line: unit.line,
      symbol: unit.name,
      message: `The API of \`${unit.name}\` was not compared: ${unit.reason}.`,
    }),
  ];
}

/** Top-level names of the file's two versions, read from the comparison program when it holds them. */
function symbolsFor(pair: FilePair, outcome: UnitOutcome, sides: Sides): DetectorOutput["symbols"] {
  const list = (side: "before" | "after", path: string): SymbolEntry[] => {
    const text = sides[side](path);
    if (text === undefined) return [];
    const inProgram = outcome.program?.sourceFile(side, path);
    if (inProgram) return symbolsOf(inProgram, pair.path, outcome.program!.scripts.has(inProgram.fileName));
    const sf = ts.createSourceFile(
      path,
      text,
      { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone },
      true,
    );
    return symbolsOf(sf, pair.path, !ts.isExternalModule(sf));
  };
  return { before: list("before", pair.previousPath ?? pair.path), after: list("after", pair.path) };
}
