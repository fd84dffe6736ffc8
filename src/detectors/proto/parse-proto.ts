import { buildModel } from "./build-model.js";
import { parseLinear } from "./linear-protobufjs.js";
import { locate } from "./locate.js";
import { readTokens } from "./tokens.js";
import type { ProtoFile } from "./model.js";

export type ParseResult = { ok: true; file: ProtoFile } | { ok: false; line: number; reason: string };

/**
 * Parses one .proto text with protobufjs (structure) and its tokenizer (lines). Never throws:
 * whatever protobufjs rejects comes back with the line its error message names.
 */
export function parseProto(source: string): ParseResult {
  try {
    const parsed = parseLinear(source, { keepCase: true, alternateCommentMode: true });
    const where = locate(readTokens(source));
    return { ok: true, file: buildModel(parsed.root, parsed.package ?? "", where) };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    const line = Number(/\bline (\d+)\b/.exec(reason)?.[1] ?? 1);
    return { ok: false, line, reason };
  }
}
