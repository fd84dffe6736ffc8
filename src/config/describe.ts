import type { SchemaNode } from "./schema.js";

/** What each schema pattern means, in words a user can act on. */
const PATTERN_WORDS: Record<string, string> = {
  "^[a-z0-9][a-z0-9-]*/(\\*|[A-Za-z0-9][A-Za-z0-9._-]*)$": "a rule id like `c/field-appended` or a wildcard like `c/*`",
  "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$": "a repository as `owner/repo`",
  "^[A-Za-z0-9][A-Za-z0-9._-]*$": "a name of letters, digits, `.`, `_` and `-`",
  "^@[A-Za-z0-9-]+(/[A-Za-z0-9_.-]+)?$": "a handle as `@user` or `@org/team`",
  "^[^:\\r\\n]+$": "a name on one line without `:`",
};

/** The expectation a schema node states, as a phrase: "a list of strings", "one of: wire, wire-json". */
export function describeExpected(node: SchemaNode | undefined): string {
  if (!node) return "a valid value";
  if (Array.isArray(node.enum)) return `one of: ${node.enum.join(", ")}`;
  if ("const" in node) return JSON.stringify(node.const);
  if (Array.isArray(node.anyOf)) return (node.anyOf as SchemaNode[]).map(describeExpected).join(" or ");
  if (typeof node.pattern === "string") return PATTERN_WORDS[node.pattern] ?? `text matching \`${node.pattern}\``;
  switch (node.type) {
    case "string":
      return "a string";
    case "integer":
      return typeof node.minimum === "number" ? `a whole number of at least ${node.minimum}` : "a whole number";
    case "number":
      return "a number";
    case "boolean":
      return "true or false";
    case "array": {
      const items = node.items as SchemaNode | undefined;
      return items?.type === "object"
        ? "a list of mappings"
        : items?.type === "string"
          ? "a list of strings"
          : "a list";
    }
    case "object":
      return "a mapping (key: value)";
    default:
      return "a valid value";
  }
}

/** What the user actually wrote, for "(got …)". */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string")
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value === "number" ? "the number " : ""}${String(value)}`;
}
