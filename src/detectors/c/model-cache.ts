import { parseHeader } from "./language.js";
import { buildModel } from "./parse-header.js";
import { splitInnerDirectives } from "./inner-directives.js";
import { blankExternCBlocks } from "./extern-c-idiom.js";
import { blankDirectiveComments } from "./directive-comments.js";
import { attributeMacroNames } from "./attribute-macros.js";
import { blankMacros } from "./blank-macros.js";
import { expandBodyMacros } from "./expand-body-macros.js";
import { neutraliseUnknownMacroLines } from "./unknown-macro-lines.js";
import { emptyModel, type HeaderModel } from "./model.js";

const LIMIT = 512;
const cache = new Map<string, HeaderModel>();

/**
 * The model of a header text, parsed once: a changeset's env and the file comparison ask for
 * the same texts, and self-compares ask twice. Keyed by grammar choice and text.
 */
export function modelOf(path: string, text: string | null, checkBudget: () => void = () => {}): HeaderModel {
  if (text === null) return emptyModel("c");
  const key = `${/\.(hpp|hh|hxx|inl)$/i.test(path) ? "cpp" : "c"}\0${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const { code, directives } = splitInnerDirectives(blankExternCBlocks(blankDirectiveComments(text)));
  const inner = directives === null ? [] : parseModel(path, directives, checkBudget).macros;
  let model = parseModel(path, code, checkBudget);
  const macros = [...model.macros, ...inner].sort((a, b) => a.line - b.line);
  if (model.gaps.length) {
    // What a preprocessor would do before parsing: expand field/enumerator macros inside bodies
    // and attribute macros (`__THROW`, `UV_EXTERN`) away, then retry.
    const fixed = neutraliseUnknownMacroLines(blankMacros(expandBodyMacros(code, macros), attributeMacroNames(macros)));
    if (fixed !== code) {
      const retry = parseModel(path, fixed, checkBudget);
      if (retry.gaps.length <= model.gaps.length) model = retry;
    }
  }
  model.macros = macros;
  if (cache.size >= LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, model);
  return model;
}

function parseModel(path: string, code: string, checkBudget: () => void): HeaderModel {
  const { tree, language } = parseHeader(path, code);
  try {
    return buildModel(tree.rootNode, language, checkBudget);
  } finally {
    tree.delete();
  }
}
