import { closest } from "../statements/edit-distance.js";
import { globProblem } from "../engine/glob.js";
import { describeExpected, describeValue } from "./describe.js";
import { formatKeyPath, pointerSegments } from "./key-path.js";
import type { ErrorObject } from "ajv";
import type { SchemaNode } from "./schema.js";
import type { ConfigError } from "./types.js";
import type { LineLocator } from "./yaml-lines.js";

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
