import { createRequire as __igCreateRequire } from "node:module";
import { fileURLToPath as __igFileURLToPath } from "node:url";
const require = __igCreateRequire(import.meta.url);
const __filename = __igFileURLToPath(import.meta.url);
const __dirname = __igFileURLToPath(new URL(".", import.meta.url));
import {
  manifestDetector,
  manifestFilesWanted
} from "./chunk-6GVATYB4.js";
import "./chunk-SO46ML7E.js";
import "./chunk-6UW4INH6.js";
import "./chunk-CHBFCZIL.js";
import "./chunk-J2O5DEA7.js";
import "./chunk-Q4TXYATH.js";
import "./chunk-ASAYH4TY.js";
export {
  manifestDetector,
  manifestFilesWanted
};
