import { protoRules } from "../rule-specs.js";
import { inNames, rangeCovered, rangeText } from "../emit.js";
import type { RuleContext } from "../emit.js";
import type { ProtoEnum, ProtoMessage } from "../model.js";

/**
 * A message's or enum's reserved ranges and names must stay reserved: dropping one lets a later
 * change reuse the number or name, which old readers then decode as the element it once was.
 */
export function reservedKept(
  ctx: RuleContext,
  pair: { kind: "message" | "enum"; prev: ProtoMessage | ProtoEnum; curr: ProtoMessage | ProtoEnum },
): void {
  const { kind, prev, curr } = pair;
  const rule =
    kind === "message" ? protoRules["proto/reserved-message-no-delete"] : protoRules["proto/reserved-enum-no-delete"];
  const at = { line: curr.line, endLine: curr.endLine, symbol: curr.fqn };
  for (const range of prev.reserved.ranges) {
    if (!rangeCovered(range, curr.reserved.ranges)) {
      ctx.emit({
        rule,
        ...at,
        message: `Previously present reserved range "${rangeText(range)}" on ${kind} "${curr.name}" is missing.`,
      });
    }
  }
  for (const name of prev.reserved.names) {
    if (!inNames(name, curr.reserved.names)) {
      ctx.emit({
        rule,
        ...at,
        message: `Previously present reserved name "${name}" on ${kind} "${curr.name}" is missing.`,
      });
    }
  }
}
