import { isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import { closest } from "../statements/edit-distance.js";
import { globProblem } from "../engine/glob.js";
import { message } from "../render/escape.js";
import type { ErrorObject } from "ajv";
import type { Document, Node } from "yaml";
import type { SchemaNode } from "./schema.js";
import type { ConfigError } from "./types.js";

/**
 * Turns ajv's errors into ConfigErrors that name the key path as written, what was expected and
 * the line. An `anyOf` (string or false) is reported once, as its own expectation, not per branch.
 */
export function schemaErrors(errors: ErrorObject[], data: unknown, locate: LineLocator): ConfigError[] {
  const anyOfPaths = errors.filter((e) => e.keyword === "anyOf").map((e) => e.schemaPath);
  const kept = errors.filter(
    (e) => !anyOfPaths.some((p) => e.schemaPath.startsWith(`${p}/`)) && e.keyword !== "propertyNames",
  );
  const out: ConfigError[] = [];
  const seen = new Set<string>();
  for (const error of kept) {
    const converted = convert(error, data, locate);
    const key = `${converted.path}\n${converted.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(converted);
  }
  return out;
}

function convert(error: ErrorObject, data: unknown, locate: LineLocator): ConfigError {
  const segments = pointerSegments(error.instancePath);
  const parent = error.parentSchema as SchemaNode | undefined;
  const propertyName = (error as ErrorObject & { propertyName?: string }).propertyName;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      const at = [...segments, key];
      const known = Object.keys((parent?.properties as SchemaNode | undefined) ?? {}).filter((k) => k !== "_extends");
      const guess = closest(key, known, 3);
      const hint = guess ? ` (did you mean \`${guess}\`?)` : "";
      const path = formatKeyPath(at, data);
      const where = segments.length ? ` under \`${formatKeyPath(segments, data)}\`` : "";
      return withLine(
        { path, expected: `one of the keys: ${known.join(", ")}`, message: `unknown key \`${key}\`${where}${hint}` },
        at,
        locate,
      );
    }
    case "format": {
      // The only format is "glob": say what makes the pattern unsafe.
      const path = formatKeyPath(segments, data);
      const value = String(valueAt(data, segments));
      const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
      return withLine(
        {
          path,
          expected: "a glob without wildcards or extglobs inside an extglob, at most 1000 characters",
          message: `\`${path}\`: the glob \`${shown}\` ${globProblem(value) ?? "is refused"}; such patterns can take minutes to match (use plain \`*\`, \`**\` or \`{a,b}\`)`,
        },
        segments,
        locate,
      );
    }
    case "required": {
      const key = String(error.params.missingProperty);
      const path = formatKeyPath([...segments, key], data);
      return withLine({ path, expected: "a value", message: `\`${path}\` is required` }, segments, locate);
    }
    default: {
      if (propertyName !== undefined) {
        const at = [...segments, propertyName];
        const path = formatKeyPath(at, data);
        const expected = describeExpected(parent);
        return withLine(
          { path, expected, message: `\`${path}\`: the key \`${propertyName}\` is not ${expected}` },
          at,
          locate,
        );
      }
      const path = formatKeyPath(segments, data);
      const value = valueAt(data, segments);
      const expected = expectedFor(error, parent, value);
      return withLine(
        { path, expected, message: `\`${path || "the file"}\` must be ${expected} (got ${describeValue(value)})` },
        segments,
        locate,
      );
    }
  }
}

/** For a type error on a whole-number key, "a number" unless the user wrote a fraction. */
function expectedFor(error: ErrorObject, parent: SchemaNode | undefined, value: unknown): string {
  if (error.keyword === "type" && parent?.type === "integer")
    return typeof value === "number" ? "a whole number" : "a number";
  return describeExpected(parent);
}

function withLine(error: Omit<ConfigError, "line">, segments: readonly string[], locate: LineLocator): ConfigError {
  const line = locate(segments);
  return line === undefined ? error : { ...error, line };
}

function valueAt(data: unknown, segments: readonly string[]): unknown {
  let node = data;
  for (const s of segments)
    node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[s] : undefined;
  return node;
}

/** JSON pointer (`/watch/0/notify`) to its unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * Key path as users write it: `limits.files`, `watch[0].notify`, `rules["c/field-appended"]`.
 * `data` tells array indices from mapping keys that look like numbers.
 */
export function formatKeyPath(segments: readonly string[], data: unknown): string {
  let out = "";
  let node: unknown = data;
  for (const segment of segments) {
    if (Array.isArray(node)) out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
    node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[segment] : undefined;
  }
  return out;
}

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

/** Where the check summary sends users to read about every key. */
export const CONFIG_DOCS = "docs/config.md";
/** The check summary has a size limit; past this many, the first ones are enough to start fixing. */
const MAX_LISTED = 50;

interface FormatOptions {
  /** Link to docs/config.md; the app passes an absolute URL. */
  docsUrl?: string;
  file?: string;
}

/** A markdown list of config errors for the check summary, ending with a link to the docs. */
export function formatConfigErrors(errors: readonly ConfigError[], options: FormatOptions = {}): string {
  const file = options.file ?? ".github/impactgate.yml";
  const items = errors.slice(0, MAX_LISTED).map((e) => {
    const expected = e.message.includes(e.expected) ? "" : ` — expected ${escapeLine(e.expected)}`;
    return `- ${e.line ? `line ${e.line}: ` : ""}${escapeLine(e.message)}${expected}.`;
  });
  return [
    `\`${file}\` is not valid (${errors.length} ${errors.length === 1 ? "problem" : "problems"}):`,
    "",
    ...items,
    ...(errors.length > MAX_LISTED ? [`- … and ${errors.length - MAX_LISTED} more.`] : []),
    "",
    `Fix the file on the default branch; every key is described in [config.md](${options.docsUrl ?? CONFIG_DOCS}).`,
  ].join("\n");
}

/**
 * One error per list item, escaped: a proposed config in a pull request is shown with its errors
 * (the preview), so keys and values in a message are the pull request's text.
 */
function escapeLine(text: string): string {
  return message(
    text
      .split("\n")
      .map((part) => part.trim())
      .join(" "),
  );
}

/** Finds the 1-based line of a key path in the YAML source, for error messages. */
export type LineLocator = (segments: readonly string[]) => number | undefined;

/** A locator over an already parsed document. */
export function lineLocator(doc: Document, counter: LineCounter): LineLocator {
  return (segments) => {
    let node = doc.contents as Node | null;
    let offset: number | undefined;
    for (const segment of segments) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
        if (!pair) break;
        offset = (pair.key as Node).range?.[0] ?? offset;
        node = pair.value as Node | null;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)] as Node | undefined;
        if (!item) break;
        offset = item.range?.[0] ?? offset;
        node = item;
      } else break;
    }
    return offset === undefined ? undefined : counter.linePos(offset).line;
  };
}

/** A locator over source text; no lines when the text does not parse. */
export function lineLocatorForText(text: string): LineLocator {
  try {
    const counter = new LineCounter();
    const doc = parseDocument(text, { lineCounter: counter });
    return lineLocator(doc, counter);
  } catch {
    return () => undefined;
  }
}
