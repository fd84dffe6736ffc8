export function headerPathFor(name: string, expectedText: string): string;
export function isCpp(name: string, expectedText: string): boolean;
export function sourceOf(name: string): string;
