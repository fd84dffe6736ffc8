/**
 * The inputs of security issue 11, items 2–6, written small and deterministic: each is a before →
 * after pair of files ({ path: text }) that a pull request could carry. Every pair also contains a
 * real break, so a verdict of `success` on any of them is wrong. Used by the tests (test/security,
 * test/isolation, test/e2e/isolation) and by bench/isolation/run.js.
 */

/** Item 2: a 13 KB package.json whose `exports` nest 1,200 deep; the head drops `./feature`. */
export function deepExports(depth = 1200) {
  let nested = '"./index.js"';
  for (let i = 0; i < depth; i++) nested = `{"when${i % 10}":${nested}}`;
  return {
    before: {
      "package.json": `{"name":"deep","version":"1.0.0","exports":{".":"./index.js","./feature":"./feature.js"}}\n`,
    },
    after: { "package.json": `{"name":"deep","version":"1.0.0","exports":{".":${nested}}}\n` },
  };
}

/**
 * Item 3: a 232-byte declaration file whose parameter type is every permutation of nine letters as
 * tuples; the head widens it with `| 0`, so the checker is asked whether the types relate.
 * Unbounded, the TypeScript checker grows past 4 GB on it. The base also loses `g()`: a real break.
 */
export function permutationTypes() {
  const lib = [
    'type L = "a" | "b" | "c" | "d" | "e" | "f" | "g" | "h" | "i";',
    "type P<T extends string, U extends string = T> = [T] extends [never] ? [] : T extends T ? [T, ...P<Exclude<U, T>>] : never;",
  ].join("\n");
  return {
    before: {
      "types/index.d.ts": `${lib}\nexport declare function f(x: P<L>): void;\nexport declare function g(): void;\n`,
    },
    after: { "types/index.d.ts": `${lib}\nexport declare function f(x: P<L> | 0): void;\n` },
  };
}

/** Item 4: a .proto whose one message has `fields` fields (15,000 ≈ 345 KB); the head changes field 7's type. */
export function manyFieldsProto(fields = 15000) {
  const lines = ['syntax = "proto3";', "package big;", "message M {"];
  for (let i = 1; i <= fields; i++) lines.push(`  int32 f${i} = ${i};`);
  const text = `${lines.join("\n")}\n}\n`;
  return {
    before: { "proto/big.proto": text },
    after: { "proto/big.proto": text.replace("int32 f7 = 7;", "string f7 = 7;") },
  };
}

/** Item 4: a package.json with `entries` exports subpaths; the head drops every tenth one. */
export function manyExports(entries = 100000) {
  const all = Array.from({ length: entries }, (_, i) => `    "./m${i}": "./lib/m${i}.js"`);
  const json = (list) => `{\n  "name": "many",\n  "version": "1.0.0",\n  "exports": {\n${list.join(",\n")}\n  }\n}\n`;
  return {
    before: { "package.json": json(all) },
    after: { "package.json": json(all.filter((_, i) => i % 10 !== 5)) },
  };
}

/** Item 4: a header whose enum of `lines` constants is renumbered, so every line changes. */
export function allLinesChanged(lines = 100000) {
  const header = (offset) =>
    `#ifndef CODES_H\n#define CODES_H\nenum code {\n${Array.from({ length: lines }, (_, i) => `  CODE_${i} = ${i + offset},`).join("\n")}\n};\n#endif\n`;
  return { before: { "include/codes.h": header(0) }, after: { "include/codes.h": header(1) } };
}

/** Item 6: a header of `count` macros of which one changes value (and a struct that loses a field). */
export function manyDefines(count = 100000) {
  const header = (changed) =>
    [
      "#ifndef DEFS_H",
      "#define DEFS_H",
      "struct defs_info {",
      "  int version;",
      ...(changed ? [] : ["  int flags;"]),
      "};",
      ...Array.from({ length: count }, (_, i) => `#define DEF_${i} ${changed && i === count >> 1 ? i + 1 : i}`),
      "#endif",
      "",
    ].join("\n");
  return { before: { "include/defs.h": header(false) }, after: { "include/defs.h": header(true) } };
}

/** Every attack by name, at its issue size. */
export const ATTACKS = {
  "deep-exports": deepExports,
  "permutation-types": permutationTypes,
  "many-fields-proto": manyFieldsProto,
  "many-exports": manyExports,
  "all-lines-changed": allLinesChanged,
  "many-defines": manyDefines,
};
