import { byNestedName, deletedAt } from "../emit.js";
import type { RuleContext } from "../emit.js";

/** file-same-package, and the per-file deletion rules for messages, enums and services. */
export function fileRules(ctx: RuleContext): void {
  const { before, after } = ctx;
  if (before.package !== after.package) {
    ctx.emit({
      rule: "file-same-package",
      line: after.packageLine ?? 1,
      symbol: after.package || "(no package)",
      message: `File package changed from "${before.package}" to "${after.package}": every type's full name and every RPC path changed.`,
    });
  }
  deletions(ctx, "message-no-delete", "message", byNestedName(before, before.messages), byNestedName(after, after.messages));
  deletions(ctx, "enum-no-delete", "enum", byNestedName(before, before.enums), byNestedName(after, after.enums));
  deletions(ctx, "service-no-delete", "service", byNestedName(before, before.services), byNestedName(after, after.services));
}

function deletions<T extends { fqn: string; line: number }>(
  ctx: RuleContext,
  rule: "message-no-delete" | "enum-no-delete" | "service-no-delete",
  noun: string,
  before: Map<string, T>,
  after: Map<string, T>,
): void {
  for (const [nested, item] of before) {
    ctx.checkBudget();
    if (after.has(nested)) continue;
    ctx.emit({
      rule,
      ...deletedAt(ctx, nested),
      symbol: item.fqn,
      message: `Previously present ${noun} "${nested}" (base line ${item.line}) was deleted from this file.`,
    });
  }
}
