import { createRequire as __igCreateRequire } from "node:module";
import { fileURLToPath as __igFileURLToPath } from "node:url";
const require = __igCreateRequire(import.meta.url);
const __filename = __igFileURLToPath(import.meta.url);
const __dirname = __igFileURLToPath(new URL(".", import.meta.url));

// src/config/types.ts
var CATEGORIES = ["abi", "cross-package", "fork"];

export {
  CATEGORIES
};
