import { defineDetector } from "../../engine/define-detector.js";
import { parseUnits } from "../../engine/budget.js";
import { compareProto } from "./compare.js";
import { isProtoPath } from "./applies.js";
import { moduleFor } from "./module.js";
import { protoSymbols } from "./symbols.js";
import { notProtobufStart } from "./tokens.js";
import { PROTO_WIRE_JSON, protoRules } from "./rule-specs.js";
import { finding, type Rule } from "../../engine/rule.js";
import type { Config } from "../../config/types.js";
import type { DetectorOutput, FilePair, Finding } from "../../engine/types.js";
import type { ParseResult } from "./parse-proto.js";
import type { ProtoFile } from "./model.js";
import type { ProtoModule } from "./module.js";

/**
 * Protobuf: buf's WIRE (default) or WIRE_JSON breaking rules between the two versions of a
 * .proto file. A version protobufjs cannot parse gives `proto/parse-failed` and leaves the
 * generic interface finding in place.
 */
export const protoDetector = defineDetector({
  id: "proto",
  title: "Protobuf wire compatibility",
  appliesTo: isProtoPath,
  analyze(pair, ctx): DetectorOutput {
    const mod = moduleFor(ctx.changeSet, pair);
    ctx.checkBudget(parseUnits((pair.before?.length ?? 0) + (pair.after?.length ?? 0)));
    const before = pair.before === null ? undefined : mod.parse(pair.before);
    const after = pair.after === null ? undefined : mod.parse(pair.after);
    const failed = [after, before].find((r) => r && !r.ok);
    if (failed && !failed.ok) {
      // no version was ever protobuf: a file that only shares the extension is no interface
      const texts = [pair.before, pair.after].filter((t): t is string => t !== null);
      const starts = texts.map(notProtobufStart);
      if (starts.every((t) => t !== undefined)) return { findings: [notProtobuf(pair, starts[0]!)], parsed: true };
      return { findings: [parseFailed(pair, failed, failed === after)], parsed: false };
    }
    const b = before?.ok ? before.file : undefined;
    const a = after?.ok ? after.file : undefined;
    const symbols = { before: protoSymbols(pair.previousPath ?? pair.path, b), after: protoSymbols(pair.path, a) };
    const rules = activeRules(ctx.config);
    const base = { path: pair.path, module: mod, rules, checkBudget: ctx.checkBudget };
    if (a) {
      // an added file is compared with nothing of its own, but its elements may have moved in
      const empty = { ...emptyFile(), package: a.package, packageLine: a.packageLine };
      return { findings: compareProto({ ...base, before: b ?? empty, after: a }), parsed: true, symbols };
    }
    return { findings: removedFile(b!, base), parsed: true, symbols };
  },
});

function emptyFile(): ProtoFile {
  return {
    syntax: "proto3",
    package: "",
    messages: new Map(),
    enums: new Map(),
    services: new Map(),
    extensions: new Map(),
  };
}

/** A removed file deletes what it declared (unless moved); with no head lines, point at the base. */
function removedFile(
  b: ProtoFile,
  base: { path: string; module: ProtoModule; rules: Set<Rule>; checkBudget(): void },
): Finding[] {
  const findings = compareProto({ ...base, before: b, after: { ...emptyFile(), package: b.package } });
  const lineOf = (symbol = "") =>
    b.messages.get(symbol)?.line ?? b.enums.get(symbol)?.line ?? b.services.get(symbol)?.line;
  return findings.map((f) => (f.path === base.path ? { ...f, line: lineOf(f.symbol) ?? f.line } : f));
}

function notProtobuf(pair: FilePair, firstToken: string): Finding {
  const subject = pair.before !== null && pair.after !== null ? "Neither version of this file is" : "This file is not";
  return finding(protoRules["proto/not-protobuf"], {
    path: pair.path,
    line: 1,
    message: `${subject} protobuf (it starts with \`${firstToken.slice(0, 40)}\`, not a statement such as \`syntax\` or \`message\`): it only shares the \`.proto\` extension and is not reviewed as an interface.`,
  });
}

function parseFailed(pair: FilePair, result: Extract<ParseResult, { ok: false }>, isAfter: boolean): Finding {
  const version = isAfter ? "head" : "base";
  return finding(protoRules["proto/parse-failed"], {
    path: pair.path,
    line: isAfter ? result.line : 1,
    message: `protobufjs could not parse the ${version} version of this file (${result.reason}); it was checked only as a changed interface file.`,
  });
}

/** The rules `proto.rules` turns on: buf's WIRE set by default, `wire-json` adds the JSON ones. */
function activeRules(config: Config): Set<Rule> {
  const json = config.proto?.rules === "wire-json";
  return new Set(
    Object.values(protoRules).filter((r) => r.optIn === undefined || (json && r.optIn === PROTO_WIRE_JSON)),
  );
}
