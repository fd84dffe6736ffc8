import { parseHeader } from "./language.js";
import { buildModel } from "./parse-header.js";
import { splitInnerDirectives } from "./inner-directives.js";
import { blankExternCBlocks } from "./extern-c-idiom.js";
import { attributeMacroNames } from "./attribute-macros.js";
import { blankMacros } from "./blank-macros.js";
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
  const { code, directives } = splitInnerDirectives(blankExternCBlocks(text));
  let model = parseModel(path, code, checkBudget);
  if (model.gaps.length) {
    // Attribute macros (`__THROW`, `UV_EXTERN`) break the parse: expand them away and retry.
    const blanked = blankMacros(code, attributeMacroNames(model.macros));
    if (blanked !== code) {
      const retry = parseModel(path, blanked, checkBudget);
      if (retry.gaps.length <= model.gaps.length) model = retry;
    }
  }
  if (directives !== null) addMacros(model, path, directives, checkBudget);
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

/** Macros of the directives that were inside struct/enum bodies, in line order with the rest. */
function addMacros(model: HeaderModel, path: string, directives: string, checkBudget: () => void): void {
  const { tree, language } = parseHeader(path, directives);
  try {
    model.macros.push(...buildModel(tree.rootNode, language, checkBudget).macros);
    model.macros.sort((a, b) => a.line - b.line);
  } finally {
    tree.delete();
  }
}
