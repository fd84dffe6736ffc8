import { createRequire as __igCreateRequire } from "node:module";
import { fileURLToPath as __igFileURLToPath } from "node:url";
const require = __igCreateRequire(import.meta.url);
const __filename = __igFileURLToPath(import.meta.url);
const __dirname = __igFileURLToPath(new URL(".", import.meta.url));
import {
  forkDetector,
  isUpstreamOwned,
  parallelInterfaces,
  upstreamPathOf,
  vendoredTreeOf
} from "./chunk-UA2I3BCW.js";
import "./chunk-EDVL6423.js";
import "./chunk-B5JDPFOR.js";
import "./chunk-EWA356II.js";
import "./chunk-IWR2HKIX.js";
import "./chunk-55E76ZND.js";
export {
  forkDetector,
  isUpstreamOwned,
  parallelInterfaces,
  upstreamPathOf,
  vendoredTreeOf
};
