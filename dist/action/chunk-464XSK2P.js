import { createRequire as __igCreateRequire } from "node:module";
import { fileURLToPath as __igFileURLToPath } from "node:url";
const require = __igCreateRequire(import.meta.url);
const __filename = __igFileURLToPath(import.meta.url);
const __dirname = __igFileURLToPath(new URL(".", import.meta.url));
import {
  manifestDetector
} from "./chunk-344AQLZ5.js";
import "./chunk-D3N2DVUJ.js";
import {
  manifestFilesWanted
} from "./chunk-TVU7BDFR.js";
import "./chunk-J2O5DEA7.js";
import "./chunk-ALWDSX3O.js";
import "./chunk-CHBFCZIL.js";
import "./chunk-IWR2HKIX.js";
import "./chunk-55E76ZND.js";
export {
  manifestDetector,
  manifestFilesWanted
};
