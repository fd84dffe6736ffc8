export function generateProto(options?: { messages?: number; fields?: number; pkg?: string }): string;
export function messagesForBytes(bytes: number, fields?: number): number;
