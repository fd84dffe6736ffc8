import { createRequire as __igCreateRequire } from "node:module";
import { fileURLToPath as __igFileURLToPath } from "node:url";
const require = __igCreateRequire(import.meta.url);
const __filename = __igFileURLToPath(import.meta.url);
const __dirname = __igFileURLToPath(new URL(".", import.meta.url));

// src/engine/budget.ts
var DEFAULT_FILE_WORK = 2e7;
var DEFAULT_REVIEW_WORK = 2e8;
var WORK_UNITS_PER_MS = DEFAULT_FILE_WORK / 1e4;
function parseUnits(chars) {
  return Math.ceil(chars / 64);
}
var BudgetExceededError = class extends Error {
  constructor(key, units) {
    super(`analysis stopped after its work budget of ${units.toLocaleString("en-US")} units (${key})`);
    this.key = key;
    this.units = units;
  }
  key;
  units;
};
var WorkBudget = class {
  constructor(key, limit, parent) {
    this.key = key;
    this.limit = limit;
    this.parent = parent;
  }
  key;
  limit;
  parent;
  used = 0;
  /** Charges `units` (default 1) and throws BudgetExceededError once the ceiling is passed. */
  tick = (units = 1) => {
    this.used += units;
    this.parent?.tick(units);
    if (this.used > this.limit) throw new BudgetExceededError(this.key, this.limit);
  };
  get spent() {
    return this.used;
  }
  get exhausted() {
    return this.used > this.limit;
  }
};
function fileWork(config) {
  const { limits } = config;
  if (limits["file-work"] !== void 0) return limits["file-work"];
  if (limits["file-time-ms"] !== void 0) return limits["file-time-ms"] * WORK_UNITS_PER_MS;
  return DEFAULT_FILE_WORK;
}
function reviewWork(config) {
  return config.limits["review-work"] ?? DEFAULT_REVIEW_WORK;
}

export {
  parseUnits,
  BudgetExceededError,
  WorkBudget,
  fileWork,
  reviewWork
};
