import { DEFAULT_DOCS_URL } from "../render/blocks.js";

/** Where the check run and comment link to (rules, config, statements). */
export const DOCS_URL = process.env.IMPACTGATE_DOCS_URL ?? DEFAULT_DOCS_URL;
