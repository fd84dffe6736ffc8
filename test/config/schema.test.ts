import { describe, expect, test } from "@jest/globals";
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { configSchema } from "../../src/config/schema.js";
import { defaultConfig } from "../../src/config/defaults.js";
import type { SchemaNode } from "../../src/config/schema.js";

const root = new URL("../../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");

/** Every key path the schema names, as docs write them: `limits.files`, `watch[i].name`. */
function schemaKeys(node: SchemaNode, prefix = ""): string[] {
  const keys: string[] = [];
  const properties = (node.properties ?? {}) as Record<string, SchemaNode>;
  for (const [key, child] of Object.entries(properties)) {
    const path = prefix ? `${prefix}.${key}` : key;
    keys.push(path, ...schemaKeys(child, path));
  }
  const items = node.items as SchemaNode | undefined;
  if (items?.type === "object") keys.push(...schemaKeys(items, `${prefix}[i]`));
  return keys;
}

describe("configSchema", () => {
  test("the committed impactgate.schema.json is the schema (run `npm run schema` after changing it)", () => {
    expect(read("impactgate.schema.json")).toBe(`${JSON.stringify(configSchema, null, 2)}\n`);
  });

  test("is a valid draft-07 schema that accepts the defaults", () => {
    // `format: "glob"` is ours (validate-config checks it); any other consumer may accept it as is.
    const validate = new Ajv({ strict: true, formats: { glob: true } }).compile(configSchema);
    expect(validate(defaultConfig())).toBe(true);
  });

  test("names exactly the keys of the Config defaults (plus _extends)", () => {
    const defaults = defaultConfig() as unknown as Record<string, unknown>;
    const top = Object.keys(configSchema.properties as object);
    expect(top.sort()).toEqual(["_extends", ...Object.keys(defaults)].sort());
    for (const [key, value] of Object.entries(defaults)) {
      const child = (configSchema.properties as Record<string, SchemaNode>)[key];
      if (child.properties) {
        // optional keys (fork.upstream, fork.branch) have no default, so the schema may name more
        expect([key, Object.keys(child.properties)]).toEqual([
          key,
          expect.arrayContaining(Object.keys(value as object)),
        ]);
      }
    }
  });

  test("describes every key, without additional properties", () => {
    const missing: string[] = [];
    const open: string[] = [];
    const walk = (node: SchemaNode, path: string) => {
      for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, SchemaNode>)) {
        if (typeof child.description !== "string") missing.push(`${path}${key}`);
        walk(child, `${path}${key}.`);
      }
      if (node.properties && node.additionalProperties !== false) open.push(path);
      const items = node.items as SchemaNode | undefined;
      if (items?.type === "object") walk(items, `${path.slice(0, -1)}[i].`);
    };
    walk(configSchema, "");
    expect(missing).toEqual([]);
    expect(open).toEqual([]);
  });

  test("docs/config.md documents every key", () => {
    const docs = read("docs/config.md");
    const undocumented = schemaKeys(configSchema).filter((key) => key !== "_extends" && !docs.includes(`\`${key}\``));
    expect(undocumented).toEqual([]);
  });
});
