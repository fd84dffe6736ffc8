export const SPECIFIED_PROTO_RULES: string[];
export const COUNTERPARTS: Record<string, string[]>;
export function bufRuleOf(ruleId: string): string | null;
export function ruleIdOf(bufRule: string): string;
export function enabledBufRules(
  breakingConfig: { use?: string[]; except?: string[] } | null | undefined,
  expectedRules?: string[],
): Set<string>;
