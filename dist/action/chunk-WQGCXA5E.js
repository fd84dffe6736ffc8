import { createRequire as __igCreateRequire } from "node:module";
import { fileURLToPath as __igFileURLToPath } from "node:url";
const require = __igCreateRequire(import.meta.url);
const __filename = __igFileURLToPath(import.meta.url);
const __dirname = __igFileURLToPath(new URL(".", import.meta.url));
import {
  parseStatements,
  statementsOf
} from "./chunk-U2VM5OEN.js";
import "./chunk-L7U6HFNP.js";
import "./chunk-55E76ZND.js";
export {
  parseStatements,
  statementsOf
};
