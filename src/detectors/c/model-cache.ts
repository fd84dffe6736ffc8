import { parseHeader } from "./language.js";
import { buildModel } from "./parse-header.js";
import { splitInnerDirectives } from "./inner-directives.js";
import { blankExternCBlocks } from "./extern-c-idiom.js";
import { blankDirectiveComments } from "./directive-comments.js";
import { macroScope, type MacroScope } from "./attribute-macros.js";
import { blankMacros } from "./blank-macros.js";
import { expandBodyMacros } from "./expand-body-macros.js";
import { neutraliseUnknownMacroLines } from "./unknown-macro-lines.js";
import { emptyModel, type HeaderModel, type MacroDef } from "./model.js";
import { parseUnits } from "../../engine/budget.js";

type Tick = (units?: number) => void;
/** A cached result and the work units computing it cost. */
type Entry = { value: HeaderModel; cost: number };

const LIMIT = 512;
/** Parsed texts (after preprocessing), so the same text in another scope or a self-compare parses once. */
const parses = new Map<string, Entry>();
const models = new Map<string, Entry>();

const languageOf = (path: string) => (/\.(hpp|hh|hxx|inl)$/i.test(path) ? "cpp" : "c");

/**
 * `compute(tick)` once per key. A hit charges the work units the computation cost, so a work
 * budget spends the same whether this process parsed the text before or not: findings never
 * depend on what an earlier review left in the cache. A computation stopped by the budget is not kept.
 */
function cached(map: Map<string, Entry>, key: string, checkBudget: Tick, compute: (tick: Tick) => HeaderModel) {
  const hit = map.get(key);
  if (hit) {
    checkBudget(hit.cost);
    return hit.value;
  }
  let cost = 0;
  const value = compute((units = 1) => {
    cost += units;
    checkBudget(units);
  });
  if (map.size >= LIMIT) map.delete(map.keys().next().value!);
  map.set(key, { value, cost });
  return value;
}

/** The text the declarations are parsed from, and the macros written inside braces. */
function prepared(path: string, text: string, checkBudget: Tick): { code: string; inner: MacroDef[] } {
  const { code, directives } = splitInnerDirectives(blankExternCBlocks(blankDirectiveComments(text)));
  return { code, inner: directives === null ? [] : parseModel(path, directives, checkBudget).macros };
}

/** Every macro a header defines (in any `#if` branch), for the scope of the headers in view. */
export function macrosOf(path: string, text: string | null, checkBudget: Tick = () => {}): MacroDef[] {
  if (text === null) return [];
  const { code, inner } = prepared(path, text, checkBudget);
  return [...parseModel(path, code, checkBudget).macros, ...inner].sort((a, b) => a.line - b.line);
}

/**
 * The model of a header text. `scope` says which macros the preprocessor would remove from its
 * declarations (attribute, calling-convention, export and wrapper macros, decided by their
 * definitions in the headers in view — see attribute-macros.ts); without it, the header's own.
 * Parsed once per text and scope: a changeset's env and the file comparison ask for the same
 * texts, and self-compares ask twice.
 */
export function modelOf(
  path: string,
  text: string | null,
  checkBudget: Tick = () => {},
  scope?: MacroScope,
): HeaderModel {
  if (text === null) return emptyModel("c");
  const macros = macrosOf(path, text, checkBudget);
  const inScope = scope ?? macroScope(macros);
  const key = `${languageOf(path)}\0${inScope.key}\0${text}`;
  return cached(models, key, checkBudget, (tick) => ({ ...modelIn(path, text, macros, inScope, tick), macros }));
}

function modelIn(path: string, text: string, macros: MacroDef[], inScope: MacroScope, checkBudget: Tick): HeaderModel {
  const { code } = prepared(path, text, checkBudget);
  const blanked = blankMacros(code, inScope);
  let model = parseModel(path, blanked, checkBudget);
  if (model.gaps.length) {
    // What a preprocessor would also do before parsing: expand field/enumerator macros inside
    // bodies, and turn bare macro lines it cannot expand into "unknown" members; then retry.
    const fixed = neutraliseUnknownMacroLines(blankMacros(expandBodyMacros(code, macros), inScope));
    if (fixed !== blanked) {
      const retry = parseModel(path, fixed, checkBudget);
      if (retry.gaps.length <= model.gaps.length) model = retry;
    }
  }
  return model;
}

function parseModel(path: string, code: string, checkBudget: Tick): HeaderModel {
  return cached(parses, `${languageOf(path)}\0${code}`, checkBudget, (tick) => {
    tick(parseUnits(code.length));
    const { tree, language } = parseHeader(path, code);
    try {
      return buildModel(tree.rootNode, language, tick);
    } finally {
      tree.delete();
    }
  });
}
