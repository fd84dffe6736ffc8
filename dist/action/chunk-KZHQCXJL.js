import { createRequire as __igCreateRequire } from "node:module";
import { fileURLToPath as __igFileURLToPath } from "node:url";
const require = __igCreateRequire(import.meta.url);
const __filename = __igFileURLToPath(import.meta.url);
const __dirname = __igFileURLToPath(new URL(".", import.meta.url));
import {
  init_glob,
  matchesAny
} from "./chunk-EWA356II.js";

// src/detectors/c/applies.ts
init_glob();
var HEADER = /\.(h|hh|hpp|hxx|inl)$/i;
function isHeaderPath(path, config) {
  return HEADER.test(path) || matchesAny(path, config.c.headers);
}

export {
  isHeaderPath
};
