import { protoRules } from "../rule-specs.js";
import { inNames, inRanges, optionAt } from "../emit.js";
import { reservedKept } from "./reserved-kept.js";
import type { RuleContext } from "../emit.js";
import type { ProtoEnum } from "../model.js";

/** Rules comparing one enum with its next version. */
export function enumRules(ctx: RuleContext): void {
  for (const [prev, curr] of ctx.pairs.enums) {
    ctx.checkBudget();
    const nested = curr.fqn;
    const at = { line: curr.line, endLine: curr.endLine, symbol: curr.fqn };
    if (prev.closed !== curr.closed) {
      const [from, to] = prev.closed ? ["closed", "open"] : ["open", "closed"];
      ctx.emit({
        rule: protoRules["proto/enum-same-type"],
        ...at,
        ...optionAt(curr.enumTypeLine),
        message: `Enum "${nested}" changed from ${from} to ${to}: unknown values are now handled differently.`,
      });
    }
    if (prev.jsonFormat === "ALLOW" && curr.jsonFormat !== "ALLOW") {
      ctx.emit({
        rule: protoRules["proto/enum-same-json-format"],
        ...at,
        ...optionAt(curr.jsonFormatLine),
        message: `Enum "${nested}" JSON format changed from ${prev.jsonFormat} to ${curr.jsonFormat}.`,
      });
    }
    deletedValues(ctx, prev, curr);
    renamedValues(ctx, prev, curr);
    reservedKept(ctx, { kind: "enum", prev, curr });
  }
}

function namesByNumber(e: ProtoEnum): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const v of e.values) {
    const names = out.get(v.number);
    if (names) names.push(v.name);
    else out.set(v.number, [v.name]);
  }
  return out;
}

function deletedValues(ctx: RuleContext, prev: ProtoEnum, curr: ProtoEnum): void {
  const now = namesByNumber(curr);
  const at = { line: curr.line, endLine: curr.endLine, symbol: curr.fqn };
  for (const [number, names] of namesByNumber(prev)) {
    if (now.has(number)) continue;
    const what = `Previously present enum value "${number}" on enum "${curr.name}" was deleted`;
    if (!inRanges(number, curr.reserved.ranges)) {
      ctx.emit({
        rule: protoRules["proto/enum-value-no-delete-unless-number-reserved"],
        ...at,
        message: `${what} without reserving the number "${number}".`,
      });
    }
    const unreserved = names.filter((n) => !inNames(n, curr.reserved.names));
    if (unreserved.length > 0) {
      ctx.emit({
        rule: protoRules["proto/enum-value-no-delete-unless-name-reserved"],
        ...at,
        message: `${what} without reserving the name${unreserved.length > 1 ? "s" : ""} ${unreserved.map((n) => `"${n}"`).join(", ")}.`,
      });
    }
  }
}

function renamedValues(ctx: RuleContext, prev: ProtoEnum, curr: ProtoEnum): void {
  const now = namesByNumber(curr);
  const valuesByNumber = new Map<number, ProtoEnum["values"]>();
  for (const v of curr.values) {
    const list = valuesByNumber.get(v.number);
    if (list) list.push(v);
    else valuesByNumber.set(v.number, [v]);
  }
  for (const [number, names] of namesByNumber(prev)) {
    const current = now.get(number);
    if (!current) continue;
    const currentNames = new Set(current);
    if (names.every((n) => currentNames.has(n))) continue;
    // like buf, each value now carrying the number is reported (aliases included)
    for (const value of valuesByNumber.get(number)!) {
      ctx.emit({
        rule: protoRules["proto/enum-value-same-name"],
        line: value.line,
        symbol: `${curr.fqn}.${value.name}`,
        message: `Enum value "${number}" on enum "${curr.name}" changed name from ${names.map((n) => `"${n}"`).join(", ")} to ${current.map((n) => `"${n}"`).join(", ")}.`,
      });
    }
  }
}
