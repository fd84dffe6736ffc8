import { createRequire as __igCreateRequire } from "node:module";
import { fileURLToPath as __igFileURLToPath } from "node:url";
const require = __igCreateRequire(import.meta.url);
const __filename = __igFileURLToPath(import.meta.url);
const __dirname = __igFileURLToPath(new URL(".", import.meta.url));
import {
  review
} from "./chunk-6X673OVN.js";
import "./chunk-YP7AFKBI.js";
import "./chunk-TVU7BDFR.js";
import "./chunk-J2O5DEA7.js";
import "./chunk-KZHQCXJL.js";
import "./chunk-L7U6HFNP.js";
import "./chunk-IOFR57V3.js";
import "./chunk-EWA356II.js";
import "./chunk-VEXAZL2X.js";
import "./chunk-CHBFCZIL.js";
import "./chunk-IWR2HKIX.js";
import "./chunk-55E76ZND.js";
export {
  review
};
