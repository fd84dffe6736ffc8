import { parseHeader } from "./language.js";
import { buildModel } from "./parse-header.js";
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
  const { tree, language } = parseHeader(path, text);
  try {
    const model = buildModel(tree.rootNode, language, checkBudget);
    if (cache.size >= LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, model);
    return model;
  } finally {
    tree.delete();
  }
}
