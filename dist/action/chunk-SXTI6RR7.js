import { createRequire as __igCreateRequire } from "node:module";
import { fileURLToPath as __igFileURLToPath } from "node:url";
const require = __igCreateRequire(import.meta.url);
const __filename = __igFileURLToPath(import.meta.url);
const __dirname = __igFileURLToPath(new URL(".", import.meta.url));
import {
  mentionedHandles,
  watchDetector,
  watchMentionSection
} from "./chunk-HRIWXP5Z.js";
import "./chunk-JF5W2JBJ.js";
import "./chunk-Q4TXYATH.js";
import "./chunk-ASAYH4TY.js";
export {
  mentionedHandles,
  watchDetector,
  watchMentionSection
};
