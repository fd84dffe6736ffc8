export function generateDeclarations(bytes: number, drop?: number): string;
