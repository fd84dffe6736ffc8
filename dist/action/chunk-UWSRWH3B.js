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
} from "./chunk-6HMNZVCV.js";
import "./chunk-6UW4INH6.js";
import "./chunk-B5JDPFOR.js";
import "./chunk-JF5W2JBJ.js";
import "./chunk-Q4TXYATH.js";
import "./chunk-ASAYH4TY.js";
export {
  declaresWorkspace,
  discoverPackages,
  packagesDetector,
  packagesGraphSection,
  workspaceFilesWanted
};
