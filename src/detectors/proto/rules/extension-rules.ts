import { fieldPairRules } from "./field-pair-rules.js";
import type { RuleContext } from "../emit.js";

/**
 * Extension fields, paired by extendee and number across the changed files, get the same field
 * rules as message fields (buf applies them to extensions too). Deleting one is buf's
 * EXTENSION_NO_DELETE, which is not in the WIRE sets, so it is not reported.
 */
export function extensionRules(ctx: RuleContext): void {
  for (const [prev, curr] of ctx.pairs.extensions) {
    ctx.checkBudget();
    const scope = curr.scope ? `${curr.scope}.` : "";
    fieldPairRules(ctx, {
      previous: prev,
      message: { package: curr.package, fqn: `${scope}(${curr.extendee})`, name: curr.extendee },
      before: prev.field,
      after: curr.field,
      extension: true,
    });
  }
}
