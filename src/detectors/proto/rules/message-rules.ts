import { protoRules } from "../rule-specs.js";
import { inNames, inRanges, optionAt } from "../emit.js";
import { reservedKept } from "./reserved-kept.js";
import { fieldPairRules } from "./field-pair-rules.js";
import type { RuleContext } from "../emit.js";
import type { ProtoMessage } from "../model.js";

/** Rules comparing one message with its next version: deleted fields, reserved, required, JSON format. */
export function messageRules(ctx: RuleContext): void {
  for (const [prev, curr] of ctx.pairs.messages) {
    ctx.checkBudget();
    deletedFields(ctx, prev, curr);
    reservedKept(ctx, { kind: "message", prev, curr });
    requiredSame(ctx, prev, curr);
    // only losing ALLOW breaks: LEGACY_BEST_EFFORT → ALLOW adds a guarantee
    if (prev.jsonFormat === "ALLOW" && curr.jsonFormat !== "ALLOW") {
      ctx.emit({
        rule: protoRules["proto/message-same-json-format"],
        line: curr.line,
        endLine: curr.endLine,
        ...optionAt(curr.jsonFormatLine),
        symbol: curr.fqn,
        message: `Message "${curr.fqn}" JSON format changed from ${prev.jsonFormat} to ${curr.jsonFormat}.`,
      });
    }
    for (const [number, field] of prev.fields) {
      const next = curr.fields.get(number);
      if (next) fieldPairRules(ctx, { previous: prev, message: curr, before: field, after: next });
    }
  }
}

function deletedFields(ctx: RuleContext, prev: ProtoMessage, curr: ProtoMessage): void {
  const at = { line: curr.line, endLine: curr.endLine };
  for (const [number, field] of prev.fields) {
    if (curr.fields.has(number)) continue;
    const symbol = `${curr.fqn}.${field.name}`;
    const what = `Previously present field "${number}" with name "${field.name}" on message "${curr.name}" was deleted`;
    if (!inRanges(number, curr.reserved.ranges)) {
      ctx.emit({
        rule: protoRules["proto/field-no-delete-unless-number-reserved"],
        ...at,
        symbol,
        message: `${what} without reserving the number "${number}".`,
      });
    }
    if (!inNames(field.name, curr.reserved.names)) {
      ctx.emit({
        rule: protoRules["proto/field-no-delete-unless-name-reserved"],
        ...at,
        symbol,
        message: `${what} without reserving the name "${field.name}".`,
      });
    }
  }
}

function requiredSame(ctx: RuleContext, prev: ProtoMessage, curr: ProtoMessage): void {
  const required = (m: ProtoMessage) =>
    [...m.fields.values()].filter((f) => f.cardinality === "required").map((f) => f.number);
  const was = new Set(required(prev));
  const now = new Set(required(curr));
  const at = { line: curr.line, endLine: curr.endLine, symbol: curr.fqn };
  for (const n of now) {
    if (!was.has(n))
      ctx.emit({
        rule: protoRules["proto/message-same-required-fields"],
        ...at,
        line: curr.fields.get(n)!.line,
        endLine: undefined,
        message: `Message "${curr.name}" has a new required field "${n}": messages written without it no longer parse.`,
      });
  }
  for (const n of was) {
    if (!now.has(n))
      ctx.emit({
        rule: protoRules["proto/message-same-required-fields"],
        ...at,
        message: `Message "${curr.name}" no longer requires field "${n}": older readers reject messages without it.`,
      });
  }
}
