import { protoRules } from "../rule-specs.js";
import { byNestedName, deletedAt } from "../emit.js";
import type { RuleContext } from "../emit.js";

/** file-same-package, and the per-file deletion rules for messages, enums and services. */
export function fileRules(ctx: RuleContext): void {
  const { before, after } = ctx;
  if (before.package !== after.package) {
    ctx.emit({
      rule: protoRules["proto/file-same-package"],
      line: after.packageLine ?? 1,
      symbol: after.package || "(no package)",
      message: `File package changed from "${before.package}" to "${after.package}": every type's full name and every RPC path changed.`,
    });
  }
  deletions(ctx, "messages", byNestedName(before, before.messages), byNestedName(after, after.messages));
  deletions(ctx, "enums", byNestedName(before, before.enums), byNestedName(after, after.enums));
  deletions(ctx, "services", byNestedName(before, before.services), byNestedName(after, after.services));
}

const RULES = {
  messages: protoRules["proto/message-no-delete"],
  enums: protoRules["proto/enum-no-delete"],
  services: protoRules["proto/service-no-delete"],
} as const;
const NOUNS = { messages: "message", enums: "enum", services: "service" } as const;

/**
 * Elements gone from this file and from every changed file. Like buf's PACKAGE rules (and unlike
 * its FILE ones), a type moved to another file keeps its full name, so it is not a deletion:
 * nothing on the wire or in JSON changes.
 */
function deletions<T extends { fqn: string; line: number }>(
  ctx: RuleContext,
  kind: keyof typeof RULES,
  before: Map<string, T>,
  after: Map<string, T>,
): void {
  const noun = NOUNS[kind];
  for (const [nested, item] of before) {
    ctx.checkBudget();
    if (after.has(nested) || ctx.declaredAfter(kind, item.fqn)) continue;
    ctx.emit({
      rule: RULES[kind],
      ...deletedAt(ctx, nested, kind === "messages"),
      symbol: item.fqn,
      message: `Previously present ${noun} "${nested}" (base line ${item.line}) was deleted and no changed file declares it now.`,
    });
  }
}
