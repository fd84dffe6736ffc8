import { createRequire as __igCreateRequire } from "node:module";
import { fileURLToPath as __igFileURLToPath } from "node:url";
const require = __igCreateRequire(import.meta.url);
const __filename = __igFileURLToPath(import.meta.url);
const __dirname = __igFileURLToPath(new URL(".", import.meta.url));
import {
  declaresWorkspace,
  discoverPackages,
  packagesDetector,
  packagesGraphSection,
  workspaceFilesWanted
} from "./chunk-74JMCO5E.js";
import "./chunk-6UW4INH6.js";
import "./chunk-B5JDPFOR.js";
import "./chunk-K4GU7YS5.js";
import "./chunk-Q4TXYATH.js";
import "./chunk-KKDR6D62.js";
export {
  declaresWorkspace,
  discoverPackages,
  packagesDetector,
  packagesGraphSection,
  workspaceFilesWanted
};
