export function resolveChromePath(): string | undefined;
export function resolveTestChromePath(): string | undefined;
export const CHROME_ARGS: string[];
