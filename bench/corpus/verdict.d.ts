export type Expectation = "positive" | "negative" | "unscored";
export function readVerdict(expectedText: string): string;
export function classifyVerdict(token: string): Expectation;
export function verdictNote(expectedText: string): string;
