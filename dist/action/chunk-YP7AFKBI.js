import { createRequire as __igCreateRequire } from "node:module";
import { fileURLToPath as __igFileURLToPath } from "node:url";
const require = __igCreateRequire(import.meta.url);
const __filename = __igFileURLToPath(import.meta.url);
const __dirname = __igFileURLToPath(new URL(".", import.meta.url));
import {
  init_glob,
  matchesAny
} from "./chunk-EWA356II.js";

// src/detectors/ts/applies.ts
init_glob();
var SOURCE = /\.[cm]?tsx?$/;
function isTsSourcePath(path, config) {
  return SOURCE.test(path) && !matchesAny(path, config.interfaces.exclude);
}

export {
  isTsSourcePath
};
