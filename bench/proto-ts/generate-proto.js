/**
 * Generates a large, valid proto3 file: `messages` messages of mixed field types, a nested enum
 * every fifth message and a service every fiftieth. Deterministic, so runs compare.
 */
const TYPES = ["int32", "int64", "uint32", "string", "bytes", "bool", "double", "fixed64", "sint32"];

export function generateProto({ messages = 1000, fields = 12, pkg = "bench.generated.v1" } = {}) {
  const out = [`syntax = "proto3";`, ``, `package ${pkg};`, ``];
  for (let m = 0; m < messages; m++) {
    out.push(`// Message ${m}: generated for the proto benchmark.`, `message M${m} {`);
    for (let f = 1; f <= fields; f++) {
      const type = TYPES[(m + f) % TYPES.length];
      const label = f % 7 === 0 ? "repeated " : f % 5 === 0 ? "optional " : "";
      out.push(`  ${label}${type} field_${f} = ${f}; // field ${f}`);
    }
    if (m % 5 === 0)
      out.push(
        `  enum Kind${m} {`,
        `    KIND${m}_UNSPECIFIED = 0;`,
        `    KIND${m}_A = 1;`,
        `    KIND${m}_B = 2;`,
        `  }`,
        `  Kind${m} kind = ${fields + 1};`,
      );
    if (m > 0) out.push(`  M${m - 1} previous = ${fields + 2};`);
    out.push(`  map<string, int64> counters = ${fields + 3};`, `}`, ``);
    if (m % 50 === 49) {
      out.push(`service S${m} {`);
      for (let r = m - 49; r < m; r += 7) out.push(`  rpc Get${r}(M${r}) returns (M${r + 1});`);
      out.push(`}`, ``);
    }
  }
  return out.join("\n");
}

/** Messages needed for roughly `bytes` of output. */
export function messagesForBytes(bytes, fields = 12) {
  const sample = generateProto({ messages: 100, fields }).length;
  return Math.max(1, Math.round((bytes / sample) * 100));
}
