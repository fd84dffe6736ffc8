import { toFinding } from "./emit.js";
import { pairElements } from "./module.js";
import { fileRules } from "./rules/file-rules.js";
import { messageRules } from "./rules/message-rules.js";
import { enumRules } from "./rules/enum-rules.js";
import { serviceRules } from "./rules/service-rules.js";
import { extensionRules } from "./rules/extension-rules.js";
import type { Finding } from "../../engine/types.js";
import type { RuleContext } from "./emit.js";
import type { Rule } from "../../engine/rule.js";
import type { ProtoFile } from "./model.js";
import type { ProtoModule } from "./module.js";

interface Options {
  path: string;
  before: ProtoFile;
  after: ProtoFile;
  module: ProtoModule;
  rules: Set<Rule>;
  checkBudget(): void;
}

/** Runs every rule over one file's two versions; only the active rule set reaches the output. */
export function compareProto({ path, before, after, module, rules, checkBudget }: Options): Finding[] {
  const findings: Finding[] = [];
  const ctx: RuleContext = {
    before,
    after,
    checkBudget,
    pairs: pairElements(module, before, after),
    enums: {
      before: (fqn) => before.enums.get(fqn) ?? module.index("before").enums.get(fqn),
      after: (fqn) => after.enums.get(fqn) ?? module.index("after").enums.get(fqn),
    },
    declaredAfter: (kind, fqn) => module.index("after")[kind].has(fqn),
    messageAfter: (fqn) => {
      const index = module.index("after");
      const message = index.messages.get(fqn);
      return message && { path: index.messagePaths.get(fqn)!, message };
    },
    emit: (f) => {
      if (rules.has(f.rule)) findings.push(toFinding(path, f));
    },
  };
  fileRules(ctx);
  messageRules(ctx);
  enumRules(ctx);
  serviceRules(ctx);
  extensionRules(ctx);
  return findings;
}
